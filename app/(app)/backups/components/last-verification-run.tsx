import { Badge } from "@/components/ui/badge";
import type { GradedCheck } from "@/lib/backups/data";
import { formatDate } from "@/lib/format";

export function LastVerificationRun({ lastRun }: { lastRun: GradedCheck["lastRun"] }) {
  if (!lastRun) return <span className="text-ink-muted">No run recorded yet</span>;
  return (
    <span className="flex flex-wrap items-center gap-2">
      <span className="text-ink-muted">Last run {formatDate(lastRun.performedAt)}</span>
      <Badge tone={lastRun.succeeded ? "ok" : "critical"}>{lastRun.succeeded ? "Passed" : "Failed"}</Badge>
    </span>
  );
}
