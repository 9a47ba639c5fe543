import { formatReviewTime } from "@/app/(app)/incidents/[id]/review/components/review-words";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { StackedTable } from "@/components/ui/stacked-table";
import type { EvidenceLedgerView } from "@/lib/evidence/present";

/** Every backup verification performed in the period, oldest first. */
export function BackupRecordTable({ records }: { records: EvidenceLedgerView["backupVerifications"] }) {
  if (!records.length) return <EmptyState>No backup verification was recorded in this period.</EmptyState>;
  return (
    <StackedTable
      rows={records}
      rowKey={(record) => record.id}
      columns={[
        { label: "Performed (UTC)", cardTitle: true, className: "tabular-nums text-ink", cell: (record) => formatReviewTime(record.performedAt) },
        { label: "Check", cell: (record) => `${record.check.cadence}: ${record.check.activity}` },
        { label: "Backup", cell: (record) => record.backup?.name ?? "—" },
        {
          label: "Result",
          cell: (record) => (
            <span className="flex flex-wrap items-center gap-2">
              <Badge tone={record.succeeded ? "ok" : "critical"}>{record.succeeded ? "Succeeded" : "Failed"}</Badge>
              {record.notes && <span className="text-ink-muted">{record.notes}</span>}
            </span>
          ),
        },
        { label: "Restore point (UTC)", className: "tabular-nums", cell: (record) => (record.restorePointAt ? formatReviewTime(record.restorePointAt) : "—") },
        { label: "Recorded by", cell: (record) => record.recordedBy ?? "A backup job" },
      ]}
    />
  );
}
