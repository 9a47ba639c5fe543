import "server-only";
// What a notice about an incident says, read in the transaction that queues it: the incident as it
// stands at that moment (its services' time to breach counted from then).
import type { ChatMessage } from "@/lib/chat/types";
import { appUrl } from "@/lib/app-url";
import { IMPACT_LABELS } from "@/components/service-impact";
import { minutesBetween } from "@/lib/format";
import { STATE_LABELS } from "@/lib/incidents/state-machine";
import type { Tx } from "@/lib/timeline/mutations";

/** What happened, in the words a channel reads first, and the longer text when there is one. */
export type Happening = { event: string; headline: string; text?: string | null };

export const WAR_ROOM_LABEL = "Open the war room";

/** The notice about an incident: its chat message, the incident as a webhook's data names it, and whether it may leave Muster. */
export async function readIncidentNotice(tx: Tx, incidentId: string, happening: Happening, now: Date) {
  const incident = await tx.incident.findUniqueOrThrow({
    where: { id: incidentId },
    select: {
      number: true,
      title: true,
      severity: true,
      state: true,
      isDrill: true,
      drillNotifiesExternal: true,
      bridgeUrl: true,
      services: { orderBy: { rtoDeadline: "asc" }, select: { impact: true, rtoDeadline: true, restoredAt: true, service: { select: { name: true } } } },
    },
  });
  const warRoom = appUrl(`/incidents/${incidentId}`).toString();
  const message: ChatMessage = {
    event: happening.event,
    headline: happening.headline,
    text: happening.text ?? null,
    incident: {
      number: incident.number,
      title: incident.title,
      severity: incident.severity,
      state: STATE_LABELS[incident.state],
      isDrill: incident.isDrill,
      services: incident.services.map((affected) => ({
        name: affected.service.name,
        impact: IMPACT_LABELS[affected.impact],
        minutesToBreach: affected.restoredAt ? null : minutesBetween(now, affected.rtoDeadline),
      })),
    },
    link: { url: warRoom, label: WAR_ROOM_LABEL },
    bridgeUrl: incident.bridgeUrl,
    at: now.toISOString(),
  };
  const { number, title, severity, state, isDrill, drillNotifiesExternal, bridgeUrl } = incident;
  return {
    message,
    incident: { id: incidentId, number, title, severity, state, isDrill, drillNotifiesExternal, bridgeUrl, url: warRoom },
    // Drills stay inside Muster unless the drill was declared to reach people outside.
    leavesMuster: !isDrill || drillNotifiesExternal,
  };
}

