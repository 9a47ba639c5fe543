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
import type { WallAllotment } from "@/app/(app)/status/components/wall-allotment";

/** The clock that matters most, biggest: the soonest RTO breach among services still down. */
function WorstClock({ incident, dense }: { incident: BoardIncidentView; dense: boolean }) {
  const down = incident.services.filter((service) => !service.restoredAt).sort((a, b) => Date.parse(a.rtoDeadline) - Date.parse(b.rtoDeadline));
  const [worst, ...others] = down;
  if (!worst) return <p className="text-2xl font-semibold text-ok">All services restored</p>;
  // Dense, the others are left to the health tiles beside the cards: six cards share the height.
  return (
    <div data-worst-clock>
      <p className="text-lg text-ink-muted">Next RTO · {worst.name}</p>
      <RtoCountdown detectedAt={incident.detectedAt} deadline={worst.rtoDeadline} className="block text-4xl leading-tight" />
      {!dense && others.length > 0 && <p className="mt-1 text-base text-ink-muted">Also not restored: {others.map((service) => service.name).join(", ")}</p>}
    </div>
  );
}

function LatestUpdate({ incident }: { incident: BoardIncidentView }) {
  const latest = incident.latestUpdate;
  if (!latest) return <p className="text-base font-medium text-major">No status update yet</p>;
  return (
    <p className="text-base text-ink-muted">
      Last update {formatTimeOfDay(latest.postedAt)} UTC, to {AUDIENCE_LABELS[latest.audience].toLowerCase()}
    </p>
  );
}

function Title({ incident, density }: { incident: BoardIncidentView; density: WallDensity }) {
  const size = density.dense ? "text-2xl" : "text-3xl";
  return (
    <h3 className={`font-semibold text-ink ${size} ${density.oneLineTitles ? "truncate" : "line-clamp-2 [overflow-wrap:anywhere]"}`}>
      <span className="text-ink-muted tabular-nums">#{incident.number}</span> {incident.title}
    </h3>
  );
}

export type WallDensity = Pick<WallAllotment, "dense" | "oneLineTitles">;

type WallIncidentCardProps = { incident: BoardIncidentView; density: WallDensity };

/**
 * One incident on the wall, read from three metres: how bad, how long, the next breach biggest,
 * how far along. The services' detail is in the health tiles beside it.
 */
export function WallIncidentCard({ incident, density }: WallIncidentCardProps) {
  const { dense } = density;
  return (
    <article data-incident={incident.number} className={`flex min-w-0 flex-col rounded-xl border border-line bg-surface ${dense ? "gap-1.5 px-5 py-3" : "gap-3 p-5"}`}>
      {/* Dense, the title leads and the badges share their line with the clock. */}
      {dense && <Title incident={incident} density={density} />}
      {/* The badges' own small type, raised for the distance. */}
      <div className={`flex flex-wrap items-center gap-y-1 [&>span]:text-base ${dense ? "gap-x-2 [&>span]:px-2.5" : "gap-2 [&>span]:px-3"}`}>
        <SeverityBadge severity={incident.severity} />
        <IncidentStateBadge state={incident.state} />
        {incident.isDrill && <DrillBadge />}
        {dense && <ElapsedClock detectedAt={incident.detectedAt} stoppedAt={null} brief className="text-lg" />}
        {/* Three rows of cards leave no line for the level reached; a paused escalation still says so. */}
        {dense && (!density.oneLineTitles || incident.escalationPausedAt) && <Escalation incident={incident} />}
      </div>
      {!dense && (
        <>
          <Title incident={incident} density={density} />
          <div>
            <ElapsedClock detectedAt={incident.detectedAt} stoppedAt={null} className="text-lg" />
            <Escalation incident={incident} />
          </div>
        </>
      )}
      <WorstClock incident={incident} dense={dense} />
      <BoardReportingDeadlines obligations={incident.obligations} wall />
      <div className={dense ? "flex flex-wrap items-center justify-between gap-x-4" : "contents"}>
        <ChecklistProgress done={incident.checklist.done} total={incident.checklist.total} />
        <LatestUpdate incident={incident} />
      </div>
    </article>
  );
}
