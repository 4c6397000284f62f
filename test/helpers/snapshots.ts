import type { CellValue, TableSnapshot, WorkbookSnapshot } from "../../src/workbook/snapshot";
import { normalizeName } from "../../src/workbook/text";
import { referenceInputTables } from "../../src/workbook/templates/inputTables";

/** The reference input tables as a host would report them. */
export function referenceSnapshot(): WorkbookSnapshot {
  const { tables } = referenceInputTables();
  const sheets = [...new Set(tables.map((table) => table.sheet))].map((name) => ({ name }));
  return { tables, sheets };
}

type TableEdit = (table: TableSnapshot) => TableSnapshot;

/** A copy of the snapshot with one table changed. */
export function editTable(snapshot: WorkbookSnapshot, name: string, edit: TableEdit): WorkbookSnapshot {
  const found = snapshot.tables.some((table) => table.name === name);
  if (!found) throw new Error(`no table ${name}`);
  return { ...snapshot, tables: snapshot.tables.map((table) => (table.name === name ? edit(table) : table)) };
}

function columnOf(table: TableSnapshot, header: string): number {
  const col = table.headers.findIndex((h) => typeof h === "string" && normalizeName(h) === normalizeName(header));
  if (col < 0) throw new Error(`no column ${header} in ${table.name}`);
  return col;
}

/** Sets one data cell, found by row index and header; `format` sets its number format too. */
export function setCell(snapshot: WorkbookSnapshot, name: string, row: number, header: string, value: CellValue, format?: string): WorkbookSnapshot {
  return editTable(snapshot, name, (table) => {
    const col = columnOf(table, header);
    const rows = table.rows.map((cells, r) => (r === row ? cells.map((cell, c) => (c === col ? value : cell)) : cells));
    const numberFormats = format === undefined ? table.numberFormats : (table.numberFormats ?? rows.map((cells) => cells.map(() => "General"))).map((f, r) => (r === row ? f.map((x, c) => (c === col ? format : x)) : f));
    return { ...table, rows, ...(numberFormats ? { numberFormats } : {}) };
  });
}

export function renameHeader(snapshot: WorkbookSnapshot, name: string, header: string, to: string): WorkbookSnapshot {
  return editTable(snapshot, name, (table) => {
    const col = columnOf(table, header);
    return { ...table, headers: table.headers.map((h, c) => (c === col ? to : h)) };
  });
}

export function appendRow(snapshot: WorkbookSnapshot, name: string, row: readonly CellValue[]): WorkbookSnapshot {
  return editTable(snapshot, name, (table) => ({
    ...table,
    rows: [...table.rows, row],
    ...(table.numberFormats ? { numberFormats: [...table.numberFormats, row.map(() => "General")] } : {}),
  }));
}

export function dropRow(snapshot: WorkbookSnapshot, name: string, index: number): WorkbookSnapshot {
  return editTable(snapshot, name, (table) => ({
    ...table,
    rows: table.rows.filter((_, r) => r !== index),
    ...(table.numberFormats ? { numberFormats: table.numberFormats.filter((_, r) => r !== index) } : {}),
  }));
}
