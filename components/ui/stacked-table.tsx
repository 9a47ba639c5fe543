import type { ReactNode } from "react";

export type StackedColumn<Row> = {
  /** The column's heading, and the cell's label when the table stacks into cards on a phone. */
  label: string;
  cell: (row: Row) => ReactNode;
  className?: string;
  headerClassName?: string;
  /** The cell that heads each card on a phone. */
  cardTitle?: boolean;
};

type StackedTableProps<Row> = {
  columns: StackedColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  rowClassName?: (row: Row) => string | undefined;
};

/** A table on a wide screen, labelled cards on a phone (`.stacked-table` in globals.css). */
export function StackedTable<Row>({ columns, rows, rowKey, rowClassName }: StackedTableProps<Row>) {
  return (
    <div className="overflow-hidden rounded-xl border border-line bg-surface">
      <table className="stacked-table">
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.label} scope="col" className={column.headerClassName}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className={rowClassName?.(row)}>
              {columns.map((column) => (
                <td key={column.label} data-label={column.label} data-card-title={column.cardTitle || undefined} className={column.className}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
