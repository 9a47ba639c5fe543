import { BoardReportingDeadlines } from "@/app/(app)/status/components/board-reporting-deadlines";
import { Escalation } from "@/app/(app)/status/components/board-incident-card";
import { AUDIENCE_LABELS } from "@/components/audience-labels";
import { ChecklistProgress } from "@/components/checklist-progress";
import { formatTimeOfDay } from "@/components/clock-format";
import { DrillBadge } from "@/components/drill-badge";
import { ElapsedClock } from "@/components/elapsed-clock";
import { IncidentStateBadge } from "@/components/incident-state-badge";
import { RtoCountdown } from "@/components/rto-countdown";
import { SeverityBadge } from "@/components/severity-badge";
import type { BoardIncidentView } from "@/lib/status-board/types";

/** The clock that matters most, biggest: the soonest RTO breach among services still down. */
function WorstClock({ incident }: { incident: BoardIncidentView }) {
  const down = incident.services.filter((service) => !service.restoredAt).sort((a, b) => Date.parse(a.rtoDeadline) - Date.parse(b.rtoDeadline));
  const [worst, ...others] = down;
  if (!worst) return <p className="text-2xl font-semibold text-ok">All services restored</p>;
  return (
    <div data-worst-clock>
      <p className="text-lg text-ink-muted">Next RTO · {worst.name}</p>
      <RtoCountdown detectedAt={incident.detectedAt} deadline={worst.rtoDeadline} className="block text-4xl leading-tight" />
      {others.length > 0 && <p className="mt-1 text-base text-ink-muted">Also not restored: {others.map((service) => service.name).join(", ")}</p>}
    </div>
  );
}

/**
 * One incident on the wall, read from three metres: how bad, how long, the next breach biggest,
 * how far along. The services' detail is in the health tiles beside it.
 */
export function WallIncidentCard({ incident }: { incident: BoardIncidentView }) {
  const latest = incident.latestUpdate;
  return (
    <article data-incident={incident.number} className="flex flex-col gap-3 rounded-xl border border-line bg-surface p-5">
      {/* The badges' own small type, raised for the distance. */}
      <div className="flex flex-wrap items-center gap-2 [&>span]:px-3 [&>span]:text-base">
        <SeverityBadge severity={incident.severity} />
        <IncidentStateBadge state={incident.state} />
        {incident.isDrill && <DrillBadge />}
      </div>
      <h3 className="line-clamp-2 text-3xl font-semibold text-ink [overflow-wrap:anywhere]">
        <span className="text-ink-muted tabular-nums">#{incident.number}</span> {incident.title}
      </h3>
      <div>
        <ElapsedClock detectedAt={incident.detectedAt} stoppedAt={null} className="text-lg" />
        <Escalation incident={incident} />
      </div>
      <WorstClock incident={incident} />
      <BoardReportingDeadlines obligations={incident.obligations} wall />
      <ChecklistProgress done={incident.checklist.done} total={incident.checklist.total} />
      {latest ? (
        <p className="text-base text-ink-muted">
          Last update {formatTimeOfDay(latest.postedAt)} UTC, to {AUDIENCE_LABELS[latest.audience].toLowerCase()}
        </p>
      ) : (
        <p className="text-base font-medium text-major">No status update yet</p>
      )}
    </article>
  );
}
