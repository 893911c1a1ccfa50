import { STAFF_ROLES, type Role } from '@kindred/shared';
import { useSearchParams } from 'react-router';
import type { Viewer } from '../app/session';
import { Select } from '../ui/Select';

export type DirectoryScheme = { id: string; name: string };

/** The schemes whose directory the viewer may use: any role to browse, a staff role to manage. */
export function directorySchemes(viewer: Viewer, manage: boolean): DirectoryScheme[] {
  const allowed = (role: Role) => !manage || (STAFF_ROLES as readonly Role[]).includes(role);
  const seen = new Map<string, DirectoryScheme>();
  for (const m of viewer.memberships) if (allowed(m.role) && !seen.has(m.scheme.id)) seen.set(m.scheme.id, { id: m.scheme.id, name: m.scheme.name });
  return [...seen.values()];
}

/** The scheme chosen in the address (?scheme=), or the first the viewer may use. */
export function useChosenScheme(schemes: readonly DirectoryScheme[]): [DirectoryScheme | undefined, (id: string) => void] {
  const [params, setParams] = useSearchParams();
  const chosen = schemes.find((s) => s.id === params.get('scheme')) ?? schemes[0];
  const choose = (id: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.set('scheme', id);
      return next;
    });
  return [chosen, choose];
}

/** Lets someone who works with several schemes say which directory they mean; nothing for one scheme. */
export function SchemePicker({ schemes, chosen, onChange }: { schemes: readonly DirectoryScheme[]; chosen: DirectoryScheme; onChange: (id: string) => void }) {
  if (schemes.length < 2) return null;
  return (
    <Select
      id="scheme"
      label="Scheme"
      placeholder="Choose a scheme"
      options={schemes.map((s) => ({ value: s.id, label: s.name }))}
      value={chosen.id}
      onChange={(id) => id && onChange(id)}
    />
  );
}
