"use client";
import { TimeAgo } from "@/app/(app)/incidents/components/time-ago";
import { AcknowledgeEscalation } from "@/app/(app)/incidents/[id]/components/acknowledge-escalation";
import { ContactRow } from "@/app/(app)/incidents/[id]/components/contact-row";
import { EscalationControls } from "@/app/(app)/incidents/[id]/components/escalation-controls";
import { EscalationNextLevel } from "@/app/(app)/incidents/[id]/components/escalation-next-level";
import type { EscalationLevelWithContacts } from "@/lib/escalation/data";
import { isActive } from "@/lib/incidents/state-machine";
import type { IncidentView } from "@/lib/incidents/types";
import type { IncidentEvent } from "@/lib/timeline/types";

type EscalationBannerProps = {
  incident: IncidentView;
  events: IncidentEvent[];
  /** The matrix, to mark the contacts whose numbers are still the plan's placeholders. */
  escalationLevels: EscalationLevelWithContacts[];
  worker: { id: string } | null;
  canCommand: boolean;
};

/**
 * The level the incident has reached, who it brought in and how to reach them, while the incident
 * is active. The people are those the level paged when it fired, as its timeline event recorded.
 */
export function EscalationBanner({ incident, events, escalationLevels, worker, canCommand }: EscalationBannerProps) {
  // Levels fire in the order they fall due, by the clock or by hand, so the last fired is the latest.
  const fired = incident.escalations.filter((escalation) => escalation.firedAt);
  const latest = fired.at(-1);
  if (!latest?.firedAt || !isActive(incident.state)) return null;
  const next = incident.escalations.find((escalation) => !escalation.firedAt);
  const firedEvent = events.findLast(
    (event): event is IncidentEvent<"escalation.fired"> => event.type === "escalation.fired" && event.data.escalationId === latest.id,
  );
  const demoIds = new Set(
    escalationLevels.flatMap((level) => level.contacts.filter((contact) => contact.isDemoValue).map((contact) => contact.id)),
  );
  const contacts = (firedEvent?.data.contacts ?? []).map((contact) => ({
    ...contact,
    isDemoValue: demoIds.has(contact.id),
  }));
  const paused = !!incident.escalationPausedAt;

  return (
    <div
      role="region"
      aria-label="Escalation"
      className="mb-8 space-y-4 rounded-xl border border-l-4 border-line border-l-critical bg-surface px-4 py-4 sm:px-5"
    >
      <div className="space-y-1">
        <h2 className="text-lg font-semibold text-balance text-ink">
          Escalated to {latest.level.name} — {latest.level.audience}
        </h2>
        <p className="text-sm text-ink-muted">
          <TimeAgo since={latest.firedAt} />
          {latest.manual && firedEvent?.actor && ` · escalated early by ${firedEvent.actor.name}`}
        </p>
      </div>
      {paused && (
        <p className="rounded-lg border border-major-line bg-major-soft px-3 py-2 text-sm text-major">
          <span className="font-medium">Escalation paused:</span> {incident.escalationPauseReason}
        </p>
      )}
      {contacts.length > 0 && (
        <div>
          <h3 className="text-xs font-semibold tracking-wide text-ink-muted uppercase">Who to call</h3>
          <ul className="grid gap-x-6 sm:grid-cols-2">
            {contacts.map((contact) => (
              <ContactRow key={contact.id} contact={contact} />
            ))}
          </ul>
        </div>
      )}
      <AcknowledgeEscalation incidentId={incident.id} escalation={latest} worker={worker} />
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-3 border-t border-line pt-3">
        <EscalationNextLevel next={next ? { name: next.level.name, dueAt: next.dueAt } : null} paused={paused} />
        {canCommand && <EscalationControls incidentId={incident.id} paused={paused} levelsLeft={!!next} />}
      </div>
    </div>
  );
}
