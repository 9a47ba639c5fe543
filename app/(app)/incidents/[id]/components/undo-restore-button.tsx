"use client";
import { refusalInWords } from "@/components/forms/form-words";
import { useIncidentWrite } from "@/app/(app)/incidents/[id]/components/use-incident-write";
import { api } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import { ErrorText } from "@/components/ui/error-text";

/** Beside a restored service: the restore was a mistake, the service is down again and its clock runs on. */
export function UndoRestoreButton({ incidentId, service }: { incidentId: string; service: { key: string; name: string } }) {
  const undo = useIncidentWrite(incidentId, () => api(`/api/incidents/${incidentId}/services/${service.key}/restored`, { method: "DELETE" }));
  return (
    <div className="space-y-1">
      <button type="button" disabled={undo.isPending} onClick={() => undo.mutate()} className={buttonClasses("quiet")}>
        Undo restore<span className="sr-only"> of {service.name}</span>
      </button>
      {undo.error && <ErrorText>{refusalInWords(undo.error)}</ErrorText>}
    </div>
  );
}
