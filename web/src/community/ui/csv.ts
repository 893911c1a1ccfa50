import Papa from 'papaparse';

/** What a column puts in a CSV cell: numbers stay numbers so spreadsheets can add them up. */
export type CsvValue = string | number | boolean | null | undefined;

/** The part of a table column the CSV needs: its heading, and where its plain value comes from. */
export type CsvColumn<T> = { key: string; header: string; value?: (row: T) => CsvValue | readonly CsvValue[] };

// A cell starting with one of these is run as a formula by spreadsheets (CSV injection). papaparse's own
// pattern ends in `.*$`, which misses text with a line break in it, so we give it one that only looks at the start.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The rows as CSV text: a header row of column headings, then each row's plain values (never the
 * rendered nodes). Lists are joined with "; ". Text that a spreadsheet would run as a formula is
 * prefixed with an apostrophe.
 */
export function toCsv<T extends object>(columns: ReadonlyArray<CsvColumn<T>>, rows: readonly T[]): string {
  const csv = Papa.unparse(
    {
      fields: columns.map((c) => c.header),
      data: rows.map((row) => columns.map((c) => plain(c.value ? c.value(row) : (row as Record<string, unknown>)[c.key]))),
    },
    { escapeFormulae: FORMULA_START, newline: '\r\n' },
  );
  // papaparse ends a header-only file with a line break and other files without; end them all alike.
  return csv.endsWith('\r\n') ? csv.slice(0, -2) : csv;
}

function plain(value: unknown): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) return value.map((v) => String(plain(v))).join('; ');
  return String(value);
}

/** Offers the text to the browser as a download named `<name>.csv`. */
export function downloadCsv(name: string, csv: string): void {
  // The byte-order mark tells spreadsheet programs the file is UTF-8, so names like "Zoë" survive.
  const blob = new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${name}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
