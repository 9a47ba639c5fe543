// Timeline events in words for people: who did what, with the detail that matters under it.
import { AUDIENCE_LABELS } from "@/components/audience-labels";
import { describeDataLoss } from "@/components/clock-format";
import { IMPACT_LABELS } from "@/components/service-impact";
import { describeReviewEvent } from "@/app/(app)/incidents/[id]/components/describe-review-event";
import { INCIDENT_ROLE_LABELS } from "@/app/(app)/incidents/[id]/components/incident-role-labels";
import type { Audience, IncidentRole, IncidentState, ServiceImpact, Severity } from "@/lib/generated/prisma/enums";
import { SEVERITY_LABELS, STATE_LABELS } from "@/lib/incidents/state-machine";
import { formatMinutes } from "@/lib/format";
import type { IncidentEvent } from "@/lib/timeline/types";

export type EventTone = "neutral" | "critical" | "ok";

export type EventDescription = {
  text: string;
  /** A line of detail under the text. */
  detail?: string;
  /** What someone wrote (a note, a status update), shown as written. */
  body?: string;
  tone: EventTone;
};

type Named = { key?: string; id?: string; name: string };

const roleName = (role: IncidentRole) => INCIDENT_ROLE_LABELS[role].toLowerCase();

function declared(actor: string, data: Record<string, unknown>): EventDescription {
  const { severity, scenario, services, isDrill } = data as {
    severity: Severity;
    scenario: Named | null;
    services: (Named & { impact: ServiceImpact })[];
    isDrill: boolean;
  };
  const hit = services.map((service) => `${service.name} ${IMPACT_LABELS[service.impact].toLowerCase()}`).join(", ");
  const detail = [isDrill ? "Drill" : null, SEVERITY_LABELS[severity], scenario?.name, hit].filter(Boolean).join(" · ");
  return { text: `${actor} declared the incident`, detail, tone: "neutral" };
}

function restored(actor: string, data: Record<string, unknown>): EventDescription {
  const { service, recoveryMinutes, withinRto, dataLossMinutes } = data as {
    service: Named;
    recoveryMinutes: number;
    withinRto: boolean;
    dataLossMinutes: number | null;
  };
  const detail = [
    `Recovered in ${formatMinutes(recoveryMinutes)}, ${withinRto ? "within RTO" : "RTO missed"}`,
    dataLossMinutes === null ? null : describeDataLoss(dataLossMinutes),
  ]
    .filter(Boolean)
    .join(" · ");
  return { text: `${actor} marked ${service.name} restored`, detail, tone: withinRto ? "ok" : "critical" };
}

function roleAssigned(actor: string, data: Record<string, unknown>, actorId: string | undefined): EventDescription {
  const { role, holder, previous } = data as { role: IncidentRole; holder: Named; previous: Named | null };
  if (role === "responder" && holder.id === actorId) return { text: `${holder.name} joined as a responder`, tone: "neutral" };
  return {
    text: `${actor} made ${holder.name} ${roleName(role)}`,
    detail: previous ? `Took over from ${previous.name}` : undefined,
    tone: "neutral",
  };
}

/**
 * What an event says. `find` looks up another event by its sequence number, so a pin can say what
 * it pinned.
 */
export function describeEvent(event: IncidentEvent, find: (seq: number) => IncidentEvent | undefined): EventDescription {
  const actor = event.actor?.name ?? "Muster";
  const data = event.data;
  switch (event.type) {
    case "incident.declared":
      return declared(actor, data);
    case "incident.transitioned":
      return { text: `${actor} moved the incident to ${STATE_LABELS[data.to as IncidentState]}`, tone: "neutral" };
    case "incident.severity_changed":
      return {
        text: `${actor} changed the severity to ${SEVERITY_LABELS[data.to as Severity]}`,
        detail: `Was ${SEVERITY_LABELS[data.from as Severity]}`,
        tone: "neutral",
      };
    case "role.assigned":
      return roleAssigned(actor, data, event.actor?.id);
    case "role.ended":
      return { text: `${actor} ended ${(data.holder as Named | undefined)?.name ?? "someone"}’s role`, tone: "neutral" };
    case "checklist.item_updated":
      return { text: `${actor} ${data.done ? "ticked" : "unticked"} “${String(data.title)}”`, tone: "neutral" };
    case "service.restored":
      return restored(actor, data);
    case "service.rto_breached":
      return { text: `${(data.service as Named).name} breached its RTO`, tone: "critical" };
    case "note.added":
      return { text: `${actor} added a note`, body: String(data.body), tone: "neutral" };
    case "event.pinned":
    case "event.unpinned": {
      const target = find(data.seq as number);
      return {
        text: `${actor} ${event.type === "event.pinned" ? "pinned" : "unpinned"} an event`,
        detail: target ? describeEvent(target, find).text : undefined,
        tone: "neutral",
      };
    }
    case "status_update.posted":
      return {
        text: `${actor} posted a status update for ${AUDIENCE_LABELS[data.audience as Audience].toLowerCase()}`,
        detail: data.subject ? String(data.subject) : undefined,
        body: String(data.body),
        tone: "neutral",
      };
    case "status_update.reminder":
      return { text: "No status update for a while: one is due", tone: "critical" };
    case "escalation.fired": {
      const level = data.level as { name: string; audience: string };
      const who = (data.contacts as Named[]).map((contact) => contact.name).join(", ");
      return {
        text: `${data.manual ? `${actor} escalated` : "Escalated"} to ${level.name}: ${level.audience}`,
        detail: who || undefined,
        tone: "critical",
      };
    }
    case "escalation.manual":
      return { text: `${actor} escalated ahead of the clock`, body: String(data.reason), tone: "neutral" };
    case "escalation.paused":
      return { text: `${actor} paused escalation`, body: String(data.reason), tone: "neutral" };
    case "escalation.resumed":
      return { text: `${actor} resumed escalation`, body: String(data.reason), tone: "neutral" };
    case "escalation.acknowledged":
      return { text: `${actor} acknowledged ${String(data.level)}`, tone: "neutral" };
    default:
      return describeReviewEvent(event.type, data, actor);
  }
}
