import Link from "next/link";
import { WorstRtoClock } from "@/app/(app)/components/worst-rto-clock";
import { INCIDENT_ROLE_LABELS } from "@/app/(app)/incidents/[id]/components/incident-role-labels";
import { DrillBadge } from "@/components/drill-badge";
import { IncidentStateBadge } from "@/components/incident-state-badge";
import type { ActiveIncidentItem } from "@/components/live/active-incidents-query";
import { SeverityBadge } from "@/components/severity-badge";

function YourRole({ roles }: { roles: ActiveIncidentItem["yourRoles"] }) {
  if (roles.length === 0) return <p className="text-sm text-ink-muted">You are not in it</p>;
  return (
    <p className="text-sm text-ink">
      You: <span className="font-semibold">{roles.map((role) => INCIDENT_ROLE_LABELS[role]).join(", ")}</span>
    </p>
  );
}

/** One incident being worked, on the home page: how bad, where it stands, the next breach, your part. */
export function ActiveIncidentItemCard({ incident }: { incident: ActiveIncidentItem }) {
  return (
    <li className="relative flex flex-col gap-3 rounded-xl border border-line bg-surface p-4 transition-colors hover:border-line-strong sm:flex-row sm:items-start sm:justify-between sm:gap-6 sm:p-5">
      <div className="min-w-0">
        <div className="flex flex-wrap items-center gap-1.5">
          <SeverityBadge severity={incident.severity} />
          <IncidentStateBadge state={incident.state} />
          {incident.isDrill && <DrillBadge />}
        </div>
        <h3 className="mt-2 text-lg font-semibold text-ink [overflow-wrap:anywhere]">
          {/* The whole card opens the war room; the link's text stays the incident's name. */}
          <Link href={`/incidents/${incident.id}`} className="after:absolute after:inset-0 after:rounded-xl hover:underline">
            <span className="text-ink-muted tabular-nums">#{incident.number}</span> {incident.title}
          </Link>
        </h3>
        <div className="mt-1">
          <YourRole roles={incident.yourRoles} />
        </div>
      </div>
      <div className="shrink-0">
        <WorstRtoClock incident={incident} />
      </div>
    </li>
  );
}
