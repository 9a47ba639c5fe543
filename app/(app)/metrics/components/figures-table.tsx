import type { ReactNode } from "react";
import { meanText, RATE_TONE_TEXT, rateText, rateTone } from "@/app/(app)/metrics/components/metric-text";
import { NoData } from "@/app/(app)/metrics/components/no-data";
import type { Figures, Mean, Rate } from "@/lib/metrics/types";

type FigureColumn = "incidents" | "mttd" | "response" | "mttr" | "rto" | "rpo";

const HEADINGS: Record<FigureColumn, string> = {
  incidents: "Incidents",
  mttd: "Time to detect",
  response: "Response time",
  mttr: "Time to recover",
  rto: "RTO achieved",
  rpo: "RPO achieved",
};

export type FigureRow = { key: string; label: ReactNode; figures: Figures };

function MeanCell({ mean }: { mean: Mean }) {
  return meanText(mean) ?? <NoData />;
}

function RateCell({ rate }: { rate: Rate }) {
  const text = rateText(rate);
  if (text === null) return <NoData />;
  // One element: a stacked cell is a grid of its label and a single value.
  return (
    <span>
      <span className={`font-medium ${RATE_TONE_TEXT[rateTone(rate)]}`}>{text}</span>{" "}
      <span className="text-ink-muted">
        ({rate.met} of {rate.measured})
      </span>
    </span>
  );
}

function cell(column: FigureColumn, figures: Figures): ReactNode {
  if (column === "incidents") return figures.incidents;
  if (column === "rto" || column === "rpo") return <RateCell rate={figures[column]} />;
  return <MeanCell mean={figures[column]} />;
}

type FiguresTableProps = {
  caption: string;
  /** What the first column holds: "Month", "Severity", "Service". */
  rowHeading: string;
  rows: FigureRow[];
  columns: FigureColumn[];
};

/**
 * Figures by month, severity or service: a table on a wide screen, labelled cards on a phone.
 * Objectives read "83 % (5 of 6)": services that met it of those measured.
 */
export function FiguresTable({ caption, rowHeading, rows, columns }: FiguresTableProps) {
  return (
    <div className="overflow-x-auto rounded-xl border border-line bg-surface">
      <table className="stacked-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeading}</th>
            {columns.map((column) => (
              <th key={column} scope="col">
                {HEADINGS[column]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" data-card-title className="text-ink md:font-medium md:whitespace-nowrap">
                {row.label}
              </th>
              {columns.map((column) => (
                <td key={column} data-label={HEADINGS[column]} className="tabular-nums md:whitespace-nowrap">
                  {cell(column, row.figures)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
