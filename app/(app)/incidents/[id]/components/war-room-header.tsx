import type { ReactNode } from "react";
import { BridgeLink } from "@/app/(app)/incidents/[id]/components/bridge-link";
import { DrillBadge } from "@/components/drill-badge";
import { IncidentStateBadge } from "@/components/incident-state-badge";
import { ConnectionStatus } from "@/components/connection-status";
import { ElapsedClock } from "@/components/elapsed-clock";
import type { LiveStatus } from "@/components/live/use-incident-live";
import { SeverityBadge } from "@/components/severity-badge";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import type { IncidentView } from "@/lib/incidents/types";

type WarRoomHeaderProps = { incident: IncidentView; live: LiveStatus; controls: ReactNode };

/** What the incident is, how bad, where it stands and for how long, and whether this is live. */
export function WarRoomHeader({ incident, live, controls }: WarRoomHeaderProps) {
  return (
    <header className="mb-8 space-y-3">
      <div className="flex items-center justify-between gap-3">
        <Breadcrumbs trail={[{ label: "Incidents", href: "/incidents" }, { label: <span className="tabular-nums">#{incident.number}</span> }]} />
        <ConnectionStatus status={live} />
      </div>
      <h1 className="text-2xl font-semibold tracking-tight text-balance text-ink [overflow-wrap:anywhere] sm:text-3xl">{incident.title}</h1>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <div className="flex flex-wrap items-center gap-1.5">
          <SeverityBadge severity={incident.severity} />
          <IncidentStateBadge state={incident.state} />
          {incident.isDrill && <DrillBadge />}
        </div>
        {/* Declared in error, it never ran: the banner below says when it ended. */}
        {!incident.declaredInErrorAt && <ElapsedClock detectedAt={incident.detectedAt} stoppedAt={incident.resolvedAt} />}
        <BridgeLink url={incident.bridgeUrl} />
      </div>
      {incident.scenario && <p className="text-sm text-ink-muted">Scenario: {incident.scenario.name}</p>}
      {controls}
    </header>
  );
}
