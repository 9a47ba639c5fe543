"use client";
import { refusalInWords } from "@/components/forms/form-words";
import { INCIDENT_ROLE_LABELS } from "@/app/(app)/incidents/[id]/components/incident-role-labels";
import { useIncidentWrite } from "@/app/(app)/incidents/[id]/components/use-incident-write";
import { api } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import { ErrorText } from "@/components/ui/error-text";
import type { IncidentView } from "@/lib/incidents/types";

type Assignment = IncidentView["roles"][number];

/** Ends one holder's role, leaving it unassigned (the commander's role is handed over instead). */
export function RemoveRoleButton({ incidentId, assignment }: { incidentId: string; assignment: Assignment }) {
  const remove = useIncidentWrite(incidentId, () => api(`/api/incidents/${incidentId}/roles/${assignment.id}`, { method: "DELETE" }));
  const role = INCIDENT_ROLE_LABELS[assignment.role].toLowerCase();
  return (
    <>
      <button
        type="button"
        onClick={() => remove.mutate(undefined)}
        disabled={remove.isPending}
        aria-label={`Remove ${assignment.holderName} as ${role}`}
        className={buttonClasses("quiet", "min-h-9 px-2 text-xs")}
      >
        Remove
      </button>
      {remove.error && <ErrorText>{refusalInWords(remove.error)}</ErrorText>}
    </>
  );
}
