"use client";
import { refusalInWords } from "@/components/forms/form-words";
import { useIncidentWrite } from "@/app/(app)/incidents/[id]/components/use-incident-write";
import { api } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import { ErrorText } from "@/components/ui/error-text";

/** Taking part: a responder may then tick steps, add notes and restore services. */
export function JoinButton({ incidentId }: { incidentId: string }) {
  const join = useIncidentWrite(incidentId, () => api(`/api/incidents/${incidentId}/join`, { method: "POST" }));
  return (
    <div className="space-y-2">
      <button type="button" onClick={() => join.mutate(undefined)} disabled={join.isPending} className={buttonClasses("primary")}>
        Join as responder
      </button>
      {join.error && <ErrorText>{refusalInWords(join.error)}</ErrorText>}
    </div>
  );
}
