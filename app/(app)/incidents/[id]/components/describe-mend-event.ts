// Mended mistakes in words: what was changed, from what to what.
import type { EventDescription } from "@/app/(app)/incidents/[id]/components/describe-event";
import { IMPACT_LABELS } from "@/components/service-impact";
import { STATE_LABELS } from "@/lib/incidents/state-machine";
import { formatDateAndTime, formatMinutes } from "@/lib/format";
import type { EventPayload } from "@/lib/timeline/events";
import type { IncidentEvent } from "@/lib/timeline/types";

export type MendEventType =
  | "incident.details_edited"
  | "incident.declared_in_error"
  | "service.added"
  | "service.removed"
  | "service.impact_changed"
  | "service.restore_undone";

const at = (time: string | null) => (time ? `${formatDateAndTime(new Date(time))} UTC` : "none");

function detailChanges({ changes, deadlinesMovedMinutes }: EventPayload<"incident.details_edited">): string {
  const said = [
    changes.title && `Title was “${changes.title.from}”, now “${changes.title.to}”`,
    changes.summary && (changes.summary.to ? "Summary rewritten" : "Summary cleared"),
    changes.detectedAt && `Detected ${at(changes.detectedAt.to)}, was ${at(changes.detectedAt.from)}`,
    changes.impactStartedAt && `Impact started ${at(changes.impactStartedAt.to)}, was ${at(changes.impactStartedAt.from)}`,
    changes.bridgeUrl && (changes.bridgeUrl.to ? `Bridge ${changes.bridgeUrl.to}${changes.bridgeUrl.from ? `, was ${changes.bridgeUrl.from}` : ""}` : "Bridge link removed"),
    deadlinesMovedMinutes &&
      `Deadlines moved ${formatMinutes(Math.abs(deadlinesMovedMinutes))} ${deadlinesMovedMinutes > 0 ? "later" : "earlier"}`,
  ];
  return said.filter(Boolean).join(" · ");
}

export function describeMendEvent(event: IncidentEvent<MendEventType>, actor: string): EventDescription {
  switch (event.type) {
    case "incident.details_edited":
      return { text: `${actor} edited the incident's details`, detail: detailChanges(event.data), tone: "neutral" };
    case "incident.declared_in_error":
      return {
        text: `${actor} declared the incident in error`,
        detail: `Was ${STATE_LABELS[event.data.from]}`,
        body: event.data.reason,
        tone: "neutral",
      };
    case "service.added":
      return {
        text: `${actor} added ${event.data.service.name}, ${IMPACT_LABELS[event.data.impact].toLowerCase()}`,
        detail: `RTO deadline ${at(event.data.rtoDeadline)} · RPO ${formatMinutes(event.data.rpoTargetMinutes)}`,
        tone: "neutral",
      };
    case "service.removed":
      return { text: `${actor} removed ${event.data.service.name} from the affected services`, tone: "neutral" };
    case "service.impact_changed":
      return {
        text: `${actor} marked ${event.data.service.name} ${IMPACT_LABELS[event.data.to].toLowerCase()}`,
        detail: `Was ${IMPACT_LABELS[event.data.from].toLowerCase()}`,
        tone: "neutral",
      };
    case "service.restore_undone":
      return {
        text: `${actor} undid the restore of ${event.data.service.name}`,
        detail: `It had been marked restored ${at(event.data.restoredAt)}; its clock runs again`,
        tone: "critical",
      };
  }
}
