import { StackedTable } from "@/components/ui/stacked-table";
import type { EvidenceLedgerView } from "@/lib/evidence/present";
import { formatDate } from "@/lib/format";

/** The plan versions in force at some time in the period, and what made each. */
export function PlanVersionsTable({ versions }: { versions: EvidenceLedgerView["planVersions"] }) {
  return (
    <StackedTable
      rows={versions}
      rowKey={(entry) => entry.version}
      columns={[
        { label: "Version", cardTitle: true, className: "tabular-nums text-ink md:font-medium", cell: (entry) => entry.version },
        { label: "Since", className: "tabular-nums", cell: (entry) => formatDate(entry.since) },
        {
          label: "Change",
          cell: (entry) =>
            entry.change ? (
              <span>
                {entry.change.label || entry.change.kind}
                {entry.change.note ? `: ${entry.change.note}` : ""} <span className="text-ink-muted">· {entry.change.by}</span>
              </span>
            ) : (
              <span className="text-ink-muted">As adopted</span>
            ),
        },
      ]}
    />
  );
}
