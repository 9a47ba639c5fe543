"use client";
import { formatMinutesAgo } from "@/components/clock-format";
import { useNow } from "@/components/clock-provider";
import { Icon } from "@/components/ui/icon";
import { isActive } from "@/lib/incidents/state-machine";
import type { IncidentView } from "@/lib/incidents/types";

type StatusUpdateDueProps = {
  incident: IncidentView;
  /** Where the notice stands away from the status updates panel, a link takes the reader there. */
  linkToPanel?: boolean;
  className?: string;
};

/**
 * A calm reminder once the plan's status-update cadence has lapsed. The browser's clock decides
 * when it shows: no round trip, and it goes as soon as an update restarts the cadence.
 */
export function StatusUpdateDue({ incident, linkToPanel = false, className = "" }: StatusUpdateDueProps) {
  const now = useNow();
  const due = incident.statusUpdateDueAt;
  if (now === null || !due || !isActive(incident.state) || now < Date.parse(due)) return null;
  const latest = incident.statusUpdates[0];
  return (
    <div role="status" className={`flex flex-wrap items-start gap-x-3 gap-y-1 rounded-lg border border-major-line bg-major-soft px-3 py-2.5 text-sm text-major ${className}`}>
      <p className="flex min-w-0 flex-1 items-start gap-1.5 font-medium">
        <Icon name="alert" className="mt-0.5 size-4" />
        <span>
          Status update due — {latest ? `last one ${formatMinutesAgo(now - Date.parse(latest.postedAt))}` : "none posted yet"}
        </span>
      </p>
      {linkToPanel && (
        <a href="#status-updates" className="font-medium underline underline-offset-2 hover:no-underline">
          Post an update
        </a>
      )}
    </div>
  );
}
