// Timeline events in words for people: who did what, with the detail that matters under it.
import { AUDIENCE_LABELS } from "@/components/audience-labels";
import { describeDataLoss } from "@/components/clock-format";
import { IMPACT_LABELS } from "@/components/service-impact";
import { describeMendEvent } from "@/app/(app)/incidents/[id]/components/describe-mend-event";
import { describeObligationEvent } from "@/app/(app)/incidents/[id]/components/describe-obligation-event";
import { describeReviewEvent } from "@/app/(app)/incidents/[id]/components/describe-review-event";
import { INCIDENT_ROLE_LABELS } from "@/app/(app)/incidents/[id]/components/incident-role-labels";
import type { IncidentRole } from "@/lib/generated/prisma/enums";
import { SEVERITY_LABELS, STATE_LABELS } from "@/lib/incidents/state-machine";
import { formatMinutes } from "@/lib/format";
import type { EventPayload } from "@/lib/timeline/events";
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

const roleName = (role: IncidentRole) => INCIDENT_ROLE_LABELS[role].toLowerCase();

function declared(actor: string, { severity, scenario, services, isDrill }: EventPayload<"incident.declared">): EventDescription {
  const hit = services.map((service) => `${service.name} ${IMPACT_LABELS[service.impact].toLowerCase()}`).join(", ");
  const detail = [isDrill ? "Drill" : null, SEVERITY_LABELS[severity], scenario?.name, hit].filter(Boolean).join(" · ");
  return { text: `${actor} declared the incident`, detail, tone: "neutral" };
}

function restored(actor: string, { service, recoveryMinutes, withinRto, dataLossMinutes }: EventPayload<"service.restored">): EventDescription {
  const detail = [
    `Recovered in ${formatMinutes(recoveryMinutes)}, ${withinRto ? "within RTO" : "RTO missed"}`,
    dataLossMinutes === null ? null : describeDataLoss(dataLossMinutes),
  ]
    .filter(Boolean)
    .join(" · ");
  return { text: `${actor} marked ${service.name} restored`, detail, tone: withinRto ? "ok" : "critical" };
}

// A plan contact holds a role by name: they have no Muster account to act with.
const PLAN_CONTACT = "Plan contact, no Muster account";

function roleAssigned(actor: string, { role, holder, previous }: EventPayload<"role.assigned">, actorId: string | undefined): EventDescription {
  if (role === "responder" && holder.id === actorId) return { text: `${holder.name} joined as a responder`, tone: "neutral" };
  const detail = [previous ? `Took over from ${previous.name}` : null, holder.kind === "contact" ? PLAN_CONTACT : null].filter(Boolean).join(" · ");
  return { text: `${actor} made ${holder.name} ${roleName(role)}`, detail: detail || undefined, tone: "neutral" };
}

/**
 * What an event says. `find` looks up another event by its sequence number, so a pin can say what
 * it pinned.
 */
export function describeEvent(event: IncidentEvent, find: (seq: number) => IncidentEvent | undefined): EventDescription {
  const actor = event.actor?.name ?? "Muster";
  switch (event.type) {
    case "incident.declared":
      return declared(actor, event.data);
    case "drill.started":
      return {
        text: `${actor} started the ${event.data.drill.name} drill from the schedule`,
        detail: event.data.notifiesExternal ? "Escalations and updates reach people outside Muster" : "Kept inside Muster: nobody outside is paged",
        tone: "neutral",
      };
    case "incident.transitioned":
      return { text: `${actor} moved the incident to ${STATE_LABELS[event.data.to]}`, tone: "neutral" };
    case "incident.severity_changed":
      return {
        text: `${actor} changed the severity to ${SEVERITY_LABELS[event.data.to]}`,
        detail: `Was ${SEVERITY_LABELS[event.data.from]}`,
        tone: "neutral",
      };
    case "role.assigned":
      return roleAssigned(actor, event.data, event.actor?.id);
    case "role.removed":
      return { text: `${actor} removed ${event.data.holder.name} as ${roleName(event.data.role)}`, tone: "neutral" };
    case "checklist.item_updated":
      return { text: `${actor} ${event.data.done ? "ticked" : "unticked"} “${event.data.title}”`, tone: "neutral" };
    case "service.restored":
      return restored(actor, event.data);
    case "service.rto_breached":
      return { text: `${event.data.service.name} breached its RTO`, tone: "critical" };
    case "note.added":
      return { text: `${actor} added a note`, body: event.data.body, tone: "neutral" };
    case "event.pinned":
    case "event.unpinned": {
      const target = find(event.data.seq);
      return {
        text: `${actor} ${event.type === "event.pinned" ? "pinned" : "unpinned"} an event`,
        detail: target ? describeEvent(target, find).text : undefined,
        tone: "neutral",
      };
    }
    case "status_update.posted":
      return {
        text: `${actor} posted a status update for ${AUDIENCE_LABELS[event.data.audience].toLowerCase()}`,
        detail: event.data.subject || undefined,
        body: event.data.body,
        tone: "neutral",
      };
    case "status_update.reminder":
      return { text: "No status update for a while: one is due", tone: "critical" };
    case "escalation.fired": {
      const { level, contacts, manual } = event.data;
      const who = contacts.map((contact) => contact.name).join(", ");
      return {
        text: `${manual ? `${actor} escalated` : "Escalated"} to ${level.name}: ${level.audience}`,
        detail: who || undefined,
        tone: "critical",
      };
    }
    case "escalation.manual":
      return { text: `${actor} escalated ahead of the clock`, body: event.data.reason, tone: "neutral" };
    case "escalation.paused":
      return { text: `${actor} paused escalation`, body: event.data.reason, tone: "neutral" };
    case "escalation.resumed":
      return { text: `${actor} resumed escalation`, body: event.data.reason, tone: "neutral" };
    case "escalation.acknowledged":
      return { text: `${actor} acknowledged ${event.data.level}`, tone: "neutral" };
    case "incident.details_edited":
    case "incident.declared_in_error":
    case "service.added":
    case "service.removed":
    case "service.impact_changed":
    case "service.restore_undone":
      return describeMendEvent(event, actor);
    case "obligation.classified":
    case "obligation.report_recorded":
      return describeObligationEvent(event, actor);
    default:
      return describeReviewEvent(event, actor);
  }
}
