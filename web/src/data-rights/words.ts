/** What erasure keeps, in the words both the person and staff read before they confirm. */
export const KEPT_AFTER_ERASURE = [
  'that someone asked for support, what kind, and when',
  'when matches started and ended, and how they ended',
  'answers to the wellbeing questions, as numbers with no name attached',
];

/** The word a person types to confirm (the server checks it too). */
export const CONFIRM_WORD = 'erase';

/** A file name safe on every system: "kindred-data-erased-person-2027-03-03.json". */
export function dataFileName(who: string, today = new Date()): string {
  const slug = who.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'person';
  return `kindred-data-${slug}-${today.toISOString().slice(0, 10)}.json`;
}

/** Offers text as a file to save, the way a download link would. */
export function saveFile(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
