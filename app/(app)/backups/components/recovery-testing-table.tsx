import Link from "next/link";
import { StackedTable } from "@/components/ui/stacked-table";
import type { DrillScheduleRecord } from "@/lib/drills/data";
import { formatMinutes } from "@/lib/format";

export function RecoveryTestingTable({ drills }: { drills: DrillScheduleRecord[] }) {
  return (
    <StackedTable
      rows={drills}
      rowKey={(drill) => drill.id}
      columns={[
        { label: "Test type", cardTitle: true, className: "text-ink md:font-medium", cell: (drill) => drill.testType },
        { label: "Frequency", className: "md:whitespace-nowrap", cell: (drill) => drill.frequency },
        { label: "Duration", className: "tabular-nums", cell: (drill) => formatMinutes(drill.durationMinutes) },
        { label: "Scope", cell: (drill) => drill.scope },
        {
          label: "Procedure",
          cell: (drill) =>
            drill.runbook ? (
              <Link href={`/runbooks/${drill.runbook.key}`} className="font-medium text-accent hover:underline">
                {drill.runbook.title}
              </Link>
            ) : (
              <span className="text-ink-muted">None written yet</span>
            ),
        },
      ]}
    />
  );
}
