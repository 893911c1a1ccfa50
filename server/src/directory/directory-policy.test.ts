import { describe, expect, it } from 'vitest';
import type { Viewer } from '../accounts/sessions.js';
import { mayBrowseDirectory, mayManageDirectory } from './directory-policy.js';

const viewer = (memberships: Viewer['memberships']): Viewer => ({ id: 'u', email: 'e@example.org', displayName: 'E', memberships, sessionTokenHash: 'h' });

describe('who may use a scheme’s directory', () => {
  it('lets anyone with a role in the scheme browse it, and nobody else', () => {
    expect(mayBrowseDirectory(viewer([{ schemeId: 's', role: 'SEEKER' }]), 's')).toBe(true);
    expect(mayBrowseDirectory(viewer([{ schemeId: 's', role: 'VOLUNTEER' }]), 's')).toBe(true);
    expect(mayBrowseDirectory(viewer([{ schemeId: 'other', role: 'LINK_WORKER' }]), 's')).toBe(false);
    expect(mayBrowseDirectory(null, 's')).toBe(false);
  });

  it('lets only the scheme’s staff manage it', () => {
    for (const role of ['LINK_WORKER', 'COMMUNITY_BUILDER', 'ADMIN'] as const) {
      expect(mayManageDirectory(viewer([{ schemeId: 's', role }]), 's'), role).toBe(true);
      expect(mayManageDirectory(viewer([{ schemeId: 'other', role }]), 's'), `${role} elsewhere`).toBe(false);
    }
    expect(mayManageDirectory(viewer([{ schemeId: 's', role: 'SEEKER' }, { schemeId: 's', role: 'VOLUNTEER' }]), 's')).toBe(false);
  });
});
