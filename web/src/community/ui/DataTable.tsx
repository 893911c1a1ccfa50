import { useId, type ReactNode } from 'react';
import { Button } from '../../ui/Button';
import { downloadCsv, toCsv, type CsvValue } from './csv';

export type Column<T> = {
  /** The row's property shown in this column (and put in the CSV), unless `value` says otherwise. */
  key: string;
  header: string;
  /** Right-aligned, as figures are, so they line up. */
  numeric?: boolean;
  /** What the cell shows, when it is more than the plain value (a link, a tag). The CSV keeps the plain value. */
  render?: (row: T) => ReactNode;
  /** The plain value, for the CSV and the cell, when it is not simply `row[key]`. */
  value?: (row: T) => CsvValue | readonly CsvValue[];
};

type DataTableProps<T> = {
  caption: string;
  columns: ReadonlyArray<Column<T>>;
  rows: readonly T[];
  /** The downloaded file's name, without ".csv". */
  csvName: string;
  /** Said instead of the table when there are no rows. */
  empty?: string;
};

const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/**
 * A data table with a caption, column and row headers, and a "Download as CSV" button. On a narrow
 * screen the table scrolls sideways inside its own labelled region; the page itself never does.
 */
export function DataTable<T extends object>({ caption, columns, rows, csvName, empty = 'There is nothing to show yet.' }: DataTableProps<T>) {
  const captionId = useId();
  if (rows.length === 0) {
    return (
      <div className="community-table">
        <p className="community-table__caption">{caption}</p>
        <p>{empty}</p>
      </div>
    );
  }
  return (
    <div className="community-table">
      {/* Focusable so that keyboard users can scroll it (WCAG 2.1.1); labelled by the caption. */}
      <div className="community-table__scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="table">
          <caption id={captionId} className="community-table__caption">
            {caption}
          </caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.key} scope="col" className={column.numeric ? 'community-table__numeric' : undefined}>
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                {columns.map((column, at) => {
                  const Cell = at === 0 ? 'th' : 'td';
                  return (
                    <Cell
                      key={column.key}
                      scope={at === 0 ? 'row' : undefined}
                      className={column.numeric ? 'community-table__numeric' : undefined}
                    >
                      {column.render ? column.render(row) : shown(cellValue(column, row))}
                    </Cell>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {/* Named after its table, as a page can have several; the name starts with the visible words. */}
      <Button
        type="button"
        variant="secondary"
        aria-label={`Download as CSV: ${caption}`}
        onClick={() => downloadCsv(csvName, toCsv(columns, rows))}
      >
        Download as CSV
      </Button>
    </div>
  );
}

function cellValue<T>(column: Column<T>, row: T): CsvValue | readonly CsvValue[] {
  return column.value ? column.value(row) : ((row as Record<string, unknown>)[column.key] as CsvValue);
}

function shown(value: CsvValue | readonly CsvValue[]): string {
  if (Array.isArray(value)) return value.map((v) => shown(v as CsvValue)).join(', ');
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'number') return NUMBER.format(value);
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return String(value);
}
