import Link from "next/link";
import { ChecklistProgress } from "@/components/checklist-progress";
import { formatDateTime, formatSpan } from "@/components/clock-format";
import { DrillBadge } from "@/components/drill-badge";
import { IncidentStateBadge } from "@/components/incident-state-badge";
import { RtoCountdown } from "@/components/rto-countdown";
import { TimeAgo } from "@/app/(app)/incidents/components/time-ago";
import { SeverityBadge } from "@/components/severity-badge";
import { Badge } from "@/components/ui/badge";
import type { IncidentListEntry } from "@/components/live/incidents-query";
import { isActive } from "@/lib/incidents/state-machine";

function NextBreach({ incident }: { incident: IncidentListEntry }) {
  const deadline = incident.nextRtoDeadline;
  const service = deadline && incident.services.find((candidate) => !candidate.restored && candidate.rtoDeadline === deadline);
  if (!deadline || !service) return <p className="text-sm font-medium text-ok">All services restored</p>;
  return (
    <p className="flex flex-col sm:items-end">
      <span className="text-xs text-ink-muted">RTO · {service.name}</span>
      <RtoCountdown detectedAt={incident.detectedAt} deadline={deadline} className="text-lg" />
    </p>
  );
}

function Outcome({ incident }: { incident: IncidentListEntry }) {
  if (!incident.resolvedAt) return null;
  return (
    <p className="text-sm text-ink-muted">
      Resolved after {formatSpan(Date.parse(incident.detectedAt), Date.parse(incident.resolvedAt))}
    </p>
  );
}

type IncidentListItemProps = {
  incident: IncidentListEntry;
  /** When its review fell due, if that has passed without the meeting being held. */
  overdueReviewDueAt?: string;
};

/**
 * One incident in the list: what it is, how long it has run, how close the next RTO breach is;
 * once resolved, whether its review is overdue.
 */
export function IncidentListItem({ incident, overdueReviewDueAt }: IncidentListItemProps) {
  const active = isActive(incident.state);
  const services = incident.services.map((service) => service.name).join(", ");
  return (
    <li className="relative flex flex-col gap-3 rounded-xl border border-line bg-surface p-4 transition-colors hover:border-line-strong sm:flex-row sm:items-start sm:justify-between sm:gap-6 sm:p-5">
      <div className="min-w-0">
        <div className="flex flex-wrap items-center gap-1.5">
          <SeverityBadge severity={incident.severity} />
          <IncidentStateBadge state={incident.state} />
          {incident.isDrill && <DrillBadge />}
          {overdueReviewDueAt && <Badge tone="critical">Review overdue</Badge>}
        </div>
        <h3 className="mt-2 font-semibold text-ink [overflow-wrap:anywhere]">
          {/* The whole card is the link's target; its text stays the incident's name. */}
          <Link href={`/incidents/${incident.id}`} className="after:absolute after:inset-0 after:rounded-xl hover:underline">
            <span className="text-ink-muted tabular-nums">#{incident.number}</span> {incident.title}
          </Link>
        </h3>
        <p className="mt-1 text-sm text-ink-muted">
          {active ? (
            <>
              Detected <TimeAgo since={incident.detectedAt} />
            </>
          ) : (
            <>Detected {formatDateTime(incident.detectedAt)} UTC</>
          )}
          {services && <> · {services}</>}
        </p>
        {overdueReviewDueAt && (
          <p className="mt-1 text-sm font-medium text-critical">
            Post-incident review was due {formatDateTime(overdueReviewDueAt)} UTC
          </p>
        )}
      </div>
      <div className="flex shrink-0 flex-row flex-wrap items-end justify-between gap-x-6 gap-y-2 sm:flex-col sm:items-end">
        {active ? <NextBreach incident={incident} /> : <Outcome incident={incident} />}
        <ChecklistProgress done={incident.checklist.done} total={incident.checklist.total} />
      </div>
    </li>
  );
}
