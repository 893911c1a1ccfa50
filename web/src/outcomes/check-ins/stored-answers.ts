import { useCallback, useState } from 'react';
import type { AnswerMap } from './questions';

// Answers are kept for this tab only (sessionStorage), so going back, or reloading halfway, keeps
// them; they are cleared once sent, and vanish when the tab is closed on a shared computer.
const keyFor = (checkInId: string) => `kindred.check-in.${checkInId}`;

function read(checkInId: string): AnswerMap {
  try {
    const saved: unknown = JSON.parse(sessionStorage.getItem(keyFor(checkInId)) ?? '{}');
    if (!saved || typeof saved !== 'object') return {};
    return Object.fromEntries(Object.entries(saved).filter(([, v]) => v === null || typeof v === 'number')) as AnswerMap;
  } catch {
    return {};
  }
}

export function useStoredAnswers(checkInId: string): [AnswerMap, (key: string, value: number | null) => void, () => void] {
  const [answers, setAnswers] = useState<AnswerMap>(() => read(checkInId));
  const answer = useCallback(
    (key: string, value: number | null) =>
      setAnswers((current) => {
        const next = { ...current, [key]: value };
        try {
          sessionStorage.setItem(keyFor(checkInId), JSON.stringify(next));
        } catch {
          // Storage may be full or turned off; the answers stay in the page.
        }
        return next;
      }),
    [checkInId],
  );
  const clear = useCallback(() => {
    try {
      sessionStorage.removeItem(keyFor(checkInId));
    } catch {
      // Nothing kept, nothing to clear.
    }
  }, [checkInId]);
  return [answers, answer, clear];
}
