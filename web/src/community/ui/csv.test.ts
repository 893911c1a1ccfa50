import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv, type CsvColumn } from './csv';

type Row = Record<string, unknown>;

/** The CSV read back by papaparse, as a spreadsheet would read it. */
function cells(csv: string): string[][] {
  return Papa.parse<string[]>(csv, { newline: '\r\n' }).data;
}

describe('the CSV a community table downloads (toCsv)', () => {
  const columns: Array<CsvColumn<Row>> = [
    { key: 'area', header: 'Area' },
    { key: 'people', header: 'People waiting' },
  ];

  it('starts with the column headings and keeps numbers as plain numbers', () => {
    const csv = toCsv(columns, [{ area: 'LS6', people: 12 }, { area: 'LS7', people: -3 }]);
    expect(csv).toBe('Area,People waiting\r\nLS6,12\r\nLS7,-3');
  });

  it('keeps commas, quotes and line breaks inside their cell', () => {
    const awkward = 'Leeds, "north"\nand beyond';
    const csv = toCsv(columns, [{ area: awkward, people: 1 }]);
    expect(csv).toBe('Area,People waiting\r\n"Leeds, ""north""\nand beyond",1');
    expect(cells(csv)).toEqual([['Area', 'People waiting'], [awkward, '1']]);
  });

  it('stops a spreadsheet running text as a formula, whatever it starts with', () => {
    const formulas = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '=1\n2'];
    const csv = toCsv(columns, formulas.map((area) => ({ area, people: 0 })));
    const read = cells(csv).slice(1).map(([area]) => area);
    expect(read).toEqual(formulas.map((f) => `'${f}`));
    // Text that merely contains those characters is left alone.
    expect(cells(toCsv(columns, [{ area: 'A-road = busy', people: 0 }]))[1]).toEqual(['A-road = busy', '0']);
  });

  it('keeps unicode as it is', () => {
    const csv = toCsv([{ key: 'name', header: 'Café ☕' }], [{ name: 'Zoë Łukasz 李 🙂' }]);
    expect(cells(csv)).toEqual([['Café ☕'], ['Zoë Łukasz 李 🙂']]);
  });

  it('writes plain values, not what the page shows: lists joined, yes/no, blanks for nothing', () => {
    const csv = toCsv(
      [
        { key: 'skills', header: 'Skills' },
        { key: 'paused', header: 'Paused' },
        { key: 'median', header: 'Median days' },
        { key: 'label', header: 'Label', value: (row) => String(row.area).toLowerCase() },
      ],
      [{ skills: ['Drives', 'Speaks Urdu'], paused: true, median: null, area: 'LS6' }, { skills: [], paused: false, area: 'LS7' }],
    );
    expect(cells(csv)).toEqual([
      ['Skills', 'Paused', 'Median days', 'Label'],
      ['Drives; Speaks Urdu', 'Yes', '', 'ls6'],
      ['', 'No', '', 'ls7'],
    ]);
  });

  it('gives only the heading row when there are no rows', () => {
    expect(toCsv(columns, [])).toBe('Area,People waiting');
  });
});
