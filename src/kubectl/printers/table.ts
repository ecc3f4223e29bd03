// The `kubectl get` table: column definitions + rows, decorated and printed through the tab writer.
// Mirrors k8s.io/cli-runtime/pkg/printers/tableprinter.go (decorateTable, printTable) and metav1.Table.
import type { ObjectMeta } from '../../engine/api/types';
import { formatLabels } from './labels';
import { GET_TABWRITER, TabWriter } from './tabwriter';

/** A table column; priority 0 columns always print, priority 1 columns only with `-o wide`. */
export interface ColumnDefinition {
  name: string;
  priority: number;
  /** 'name' marks the column that `--show-kind`/multi-kind output prefixes with `kind.group/` */
  format?: 'name';
}

/** A table cell: strings print verbatim, numbers in decimal (Go's %v of int64). */
export type Cell = string | number;

/** metav1.TableRowCondition (e.g. `Completed/True/Succeeded` for finished pods); not shown by kubectl get. */
export interface RowCondition {
  type: string;
  status: string;
  reason: string;
  message: string;
}

/** One row; cells follow the column definitions (wide cells only present when generated with wide). */
export interface TableRow {
  cells: Cell[];
  object: { metadata: ObjectMeta };
  conditions?: RowCondition[];
}

/** metav1.Table as produced by the server-side printers. */
export interface Table {
  columns: ColumnDefinition[];
  rows: TableRow[];
}

/** kubectl get printing flags. */
export interface PrintOptions {
  /** `-o wide` */
  wide?: boolean;
  /** `--no-headers` */
  noHeaders?: boolean;
  /** `-A` / `--all-namespaces`: NAMESPACE first column */
  withNamespace?: boolean;
  /** `--show-labels`: LABELS last column */
  showLabels?: boolean;
  /** `-L key1,key2`: one column per label key */
  columnLabels?: string[];
  /** `kind.group` lower-cased (e.g. `deployment.apps`) to prefix names with, as kubectl does for multi-kind gets */
  withKind?: string;
}

/** formatLabelHeaders: `-L app.kubernetes.io/name` → header `NAME`. */
function labelHeader(key: string): string {
  const parts = key.split('/');
  return (parts[parts.length - 1] as string).toUpperCase();
}

/** A string cell is cut at its first newline-like character and marked with `...`. */
function cellText(cell: Cell): string {
  if (typeof cell === 'number') return String(cell);
  const cut = cell.search(/[\f\n\r]/);
  return cut >= 0 ? `${cell.slice(0, cut)}...` : cell;
}

/** decorateTable + printTable: writes the table's tab-separated lines (not yet aligned) into `w`. */
export function writeTable(table: Table, options: PrintOptions, w: TabWriter): void {
  const visible = (c: ColumnDefinition): boolean => options.wide === true || c.priority === 0;
  const headers: string[] = [];
  if (options.withNamespace) headers.push('NAMESPACE');
  for (const c of table.columns) if (visible(c)) headers.push(c.name.toUpperCase());
  for (const key of options.columnLabels ?? []) headers.push(labelHeader(key));
  if (options.showLabels) headers.push('LABELS');

  if (!options.noHeaders) {
    if (table.rows.length === 0) return; // kubectl prints no header for an empty table
    w.write(`${headers.join('\t')}\n`);
  }
  const nameColumn = table.columns.findIndex((c) => c.format === 'name');
  for (const row of table.rows) {
    const cells: string[] = [];
    const meta = row.object.metadata;
    if (options.withNamespace) cells.push(meta.namespace ?? '');
    row.cells.forEach((cell, i) => {
      const col = table.columns[i];
      if (!col || !visible(col)) return;
      const text = cellText(cell);
      cells.push(i === nameColumn && options.withKind ? `${options.withKind}/${text}` : text);
    });
    for (const key of options.columnLabels ?? []) cells.push(meta.labels?.[key] ?? '');
    if (options.showLabels) cells.push(formatLabels(meta.labels));
    w.write(`${cells.join('\t')}\n`);
  }
}

/** The final `kubectl get` text of one table: header line + rows, aligned (minwidth 6, padding 3). */
export function printTable(table: Table, options: PrintOptions = {}): string {
  const w = new TabWriter(GET_TABWRITER);
  writeTable(table, options, w);
  w.flush();
  return w.output();
}
