/** Builds answer options from [label, value] pairs in the published order. */
export function options(...pairs: ReadonlyArray<readonly [string, number]>): ReadonlyArray<{ value: number; label: string }> {
  return pairs.map(([label, value]) => ({ value, label }));
}
