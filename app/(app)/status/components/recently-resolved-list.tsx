import Link from "next/link";
import { DrillBadge } from "@/components/drill-badge";
import { describeDataLoss, formatDateTime, formatSpan } from "@/components/clock-format";
import { SeverityBadge } from "@/components/severity-badge";
import { formatMinutes } from "@/lib/format";
import { RECENTLY_RESOLVED_DAYS, type ResolvedIncidentView } from "@/lib/status-board/types";

type ResolvedService = ResolvedIncidentView["services"][number];

/** A target met in green, a miss in red, always in words too. */
function Verdict({ met, objective }: { met: boolean; objective: "RTO" | "RPO" }) {
  return <span className={`font-medium ${met ? "text-ok" : "text-critical"}`}>{met ? `within ${objective}` : `${objective} missed`}</span>;
}

function DataLoss({ service }: { service: ResolvedService }) {
  if (service.dataLossMinutes === null) return null;
  return (
    <>
      {" · "}
      <span className="text-ink-muted tabular-nums">{describeDataLoss(service.dataLossMinutes)}</span>{" "}
      <Verdict met={service.dataLossMinutes <= service.rpoTargetMinutes} objective="RPO" />
    </>
  );
}

function ServiceOutcome({ service }: { service: ResolvedService }) {
  if (service.recoveryMinutes === null) {
    return (
      <li className="text-ink-muted">
        {service.name}: not marked restored · RTO {formatMinutes(service.rtoMinutes)}
        <DataLoss service={service} />
      </li>
    );
  }
  return (
    <li>
      <span className="text-ink">{service.name}</span>{" "}
      <span className="text-ink-muted tabular-nums">
        {formatMinutes(service.recoveryMinutes)} of {formatMinutes(service.rtoMinutes)} RTO
      </span>{" "}
      <Verdict met={service.recoveryMinutes <= service.rtoMinutes} objective="RTO" />
      <DataLoss service={service} />
    </li>
  );
}

/** How recent incidents ended: recovery time of each service against its RTO. */
export function RecentlyResolvedList({ incidents, wall = false }: { incidents: ResolvedIncidentView[]; wall?: boolean }) {
  if (!incidents.length) return <p className="text-sm text-ink-muted">Nothing resolved in the last {RECENTLY_RESOLVED_DAYS} days.</p>;
  return (
    <ul className="divide-y divide-line rounded-xl border border-line bg-surface">
      {incidents.map((incident) => (
        <li key={incident.id} className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-start sm:justify-between sm:gap-6 sm:px-5">
          <div className="min-w-0">
            <p className="flex flex-wrap items-center gap-1.5">
              <SeverityBadge severity={incident.severity} />
              {incident.isDrill && <DrillBadge />}
            </p>
            <p className={`mt-1 font-medium text-ink [overflow-wrap:anywhere] ${wall ? "text-lg" : ""}`}>
              {wall ? (
                <>#{incident.number} {incident.title}</>
              ) : (
                <Link href={`/incidents/${incident.id}`} className="hover:underline">
                  <span className="text-ink-muted tabular-nums">#{incident.number}</span> {incident.title}
                </Link>
              )}
            </p>
            <p className="text-sm text-ink-muted">
              Resolved {formatDateTime(incident.resolvedAt)} UTC, after {formatSpan(Date.parse(incident.detectedAt), Date.parse(incident.resolvedAt))}
            </p>
          </div>
          <ul className="shrink-0 space-y-0.5 text-sm sm:text-right">
            {incident.services.map((service) => (
              <ServiceOutcome key={service.key} service={service} />
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
