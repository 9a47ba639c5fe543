import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import type { VerificationRecord } from "@/lib/backups/data";
import { formatDateAndTime } from "@/lib/format";

/** The latest recorded runs, newest first: what was checked, what it proved, who recorded it. */
export function RecentVerifications({ verifications }: { verifications: VerificationRecord[] }) {
  if (verifications.length === 0) return <EmptyState>No verification recorded yet.</EmptyState>;
  return (
    <ul className="divide-y divide-line rounded-xl border border-line bg-surface" aria-label="Recent verifications">
      {verifications.map((run) => (
        <li key={run.id} className="grid gap-1 px-5 py-3.5 text-sm sm:grid-cols-[10rem_minmax(0,1fr)_auto] sm:items-baseline sm:gap-4">
          <span className="text-ink-muted">{formatDateAndTime(run.performedAt)} UTC</span>
          <span className="min-w-0 text-ink [overflow-wrap:anywhere]">
            <span className="font-medium">{run.schedule.cadence} check</span>
            {run.dataClass && <> of {run.dataClass.name}</>}
            {run.restorePointAt && <> — restore point {formatDateAndTime(run.restorePointAt)} UTC</>}
            {run.notes && <span className="block text-ink-muted">{run.notes}</span>}
            {run.recordedBy && <span className="block text-ink-muted">Recorded by {run.recordedBy.name}</span>}
          </span>
          <span>
            <Badge tone={run.succeeded ? "ok" : "critical"}>{run.succeeded ? "Passed" : "Failed"}</Badge>
          </span>
        </li>
      ))}
    </ul>
  );
}
