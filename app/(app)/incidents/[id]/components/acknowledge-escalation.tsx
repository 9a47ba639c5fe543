"use client";
import { refusalInWords } from "@/components/forms/form-words";
import { useIncidentWrite } from "@/app/(app)/incidents/[id]/components/use-incident-write";
import { api } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import { ErrorText } from "@/components/ui/error-text";
import type { IncidentView } from "@/lib/incidents/types";

type AcknowledgeEscalationProps = {
  incidentId: string;
  escalation: IncidentView["escalations"][number];
  /** The signed-in user, when they may work the incident; management only watches. */
  worker: { id: string } | null;
};

/** Who has said they are on the page, and a button for a worker who has not said so yet. */
export function AcknowledgeEscalation({ incidentId, escalation, worker }: AcknowledgeEscalationProps) {
  const acknowledge = useIncidentWrite(incidentId, () => api(`/api/escalations/${escalation.id}/acknowledge`, { method: "POST" }));
  const names = escalation.acknowledgements.map((ack) => ack.user.name);
  const mayAcknowledge = !!worker && !escalation.acknowledgements.some((ack) => ack.user.id === worker.id);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
        <p className={`text-sm ${names.length ? "text-ok" : "text-ink-muted"}`}>
          {names.length ? `Acknowledged by ${names.join(", ")}` : "Not acknowledged yet"}
        </p>
        {mayAcknowledge && (
          <button
            type="button"
            onClick={() => acknowledge.mutate(undefined)}
            disabled={acknowledge.isPending}
            className={buttonClasses("primary")}
          >
            Acknowledge
          </button>
        )}
      </div>
      {acknowledge.error && <ErrorText>{refusalInWords(acknowledge.error)}</ErrorText>}
    </div>
  );
}
