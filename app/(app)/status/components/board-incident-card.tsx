import Link from "next/link";
import { ChecklistProgress } from "@/components/checklist-progress";
import { DrillBadge } from "@/components/drill-badge";
import { IncidentStateBadge } from "@/components/incident-state-badge";
import { RtoCountdown } from "@/components/rto-countdown";
import { IMPACT_LABELS } from "@/components/service-impact";
import { ElapsedClock } from "@/components/elapsed-clock";
import { AUDIENCE_LABELS } from "@/components/audience-labels";
import { BoardReportingDeadlines } from "@/app/(app)/status/components/board-reporting-deadlines";
import { formatTimeOfDay } from "@/components/clock-format";
import { SeverityBadge } from "@/components/severity-badge";
import type { BoardIncidentView } from "@/lib/status-board/types";

export function Escalation({ incident }: { incident: BoardIncidentView }) {
  if (incident.escalationPausedAt) return <p className="text-sm font-medium text-major">Escalation paused</p>;
  if (!incident.escalation) return null;
  return (
    <p className="text-sm text-ink-muted">
      Escalated to <span className="font-medium text-critical">{incident.escalation.name}</span> at{" "}
      {formatTimeOfDay(incident.escalation.firedAt)} UTC
    </p>
  );
}

/** One active incident on the board: how bad, how long, how close to each RTO breach, how far along. */
export function BoardIncidentCard({ incident }: { incident: BoardIncidentView }) {
  const latest = incident.latestUpdate;
  return (
    <article data-incident={incident.number} className="flex flex-col gap-4 rounded-xl border border-line bg-surface p-4 sm:p-5">
      <header className="space-y-2">
        <div className="flex flex-wrap items-center gap-1.5">
          <SeverityBadge severity={incident.severity} />
          <IncidentStateBadge state={incident.state} />
          {incident.isDrill && <DrillBadge />}
        </div>
        <h3 className="text-lg font-semibold text-ink [overflow-wrap:anywhere]">
          <Link href={`/incidents/${incident.id}`} className="hover:underline">
            <span className="text-ink-muted tabular-nums">#{incident.number}</span> {incident.title}
          </Link>
        </h3>
        <ElapsedClock detectedAt={incident.detectedAt} stoppedAt={null} />
        <Escalation incident={incident} />
      </header>

      <ul className="divide-y divide-line border-y border-line">
        {incident.services.map((service) => (
          <li key={service.key} className="flex items-center justify-between gap-3 py-2">
            <span className="min-w-0 text-sm">
              <span className="font-medium text-ink">{service.name}</span>{" "}
              <span className="text-ink-muted">· {IMPACT_LABELS[service.impact]}</span>
            </span>
            {service.restoredAt ? (
              <span className="shrink-0 text-sm font-medium text-ok">Restored</span>
            ) : (
              <span className="flex shrink-0 flex-col items-end">
                <span className="text-xs text-ink-muted">to RTO</span>
                <RtoCountdown detectedAt={incident.detectedAt} deadline={service.rtoDeadline} />
              </span>
            )}
          </li>
        ))}
      </ul>

      <BoardReportingDeadlines obligations={incident.obligations} wall={false} />

      <ChecklistProgress done={incident.checklist.done} total={incident.checklist.total} />

      {latest ? (
        <div className="rounded-lg bg-surface-muted px-3 py-2.5">
          <p className="text-xs text-ink-muted">
            Latest update · {AUDIENCE_LABELS[latest.audience]} · {formatTimeOfDay(latest.postedAt)} UTC · {latest.author}
          </p>
          {latest.subject && <p className="mt-1 text-sm font-medium text-ink [overflow-wrap:anywhere]">{latest.subject}</p>}
          <p className="mt-1 line-clamp-3 text-sm whitespace-pre-wrap text-ink [overflow-wrap:anywhere]">{latest.body}</p>
        </div>
      ) : (
        <p className="text-sm text-major">No status update yet</p>
      )}
    </article>
  );
}
