"use client";
import { useIncidentWrite } from "@/app/(app)/incidents/[id]/components/use-incident-write";
import { refusalInWords } from "@/components/forms/form-words";
import { api } from "@/components/live/api-client";
import { ImpactOptions } from "@/components/impact-options";
import { buttonClasses } from "@/components/ui/button-classes";
import { ErrorText } from "@/components/ui/error-text";
import { fieldClasses } from "@/components/ui/field-classes";
import type { ServiceImpact } from "@/lib/generated/prisma/enums";

type ServiceMendControlsProps = { incidentId: string; service: { key: string; name: string; impact: ServiceImpact }; removable: boolean };

/** For the commander, under an unrestored service: its impact as it turned out, or its removal if it was named by mistake. */
export function ServiceMendControls({ incidentId, service, removable }: ServiceMendControlsProps) {
  const base = `/api/incidents/${incidentId}/services/${service.key}`;
  const change = useIncidentWrite(incidentId, (impact: ServiceImpact) => api(base, { method: "PATCH", body: { impact } }));
  const remove = useIncidentWrite(incidentId, () => api(base, { method: "DELETE" }));
  const error = change.error ?? remove.error;
  const selectId = `impact-${service.key}`;
  const errorId = `${selectId}-error`;
  return (
    <div className="mt-2 space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={selectId} className="text-sm text-ink-muted">
          Impact
        </label>
        <div className="w-36">
          <select
            id={selectId}
            value={service.impact}
            disabled={change.isPending}
            onChange={(event) => change.mutate(event.target.value as ServiceImpact)}
            aria-invalid={!!change.error}
            aria-describedby={error ? errorId : undefined}
            className={fieldClasses()}
          >
            <ImpactOptions />
          </select>
        </div>
        {removable && (
          <button
            type="button"
            disabled={remove.isPending}
            onClick={() => window.confirm(`Remove ${service.name} from the affected services? The timeline keeps the change.`) && remove.mutate()}
            className={buttonClasses("quiet")}
          >
            Remove<span className="sr-only"> {service.name}</span>
          </button>
        )}
      </div>
      {error && <ErrorText id={errorId}>{refusalInWords(error)}</ErrorText>}
    </div>
  );
}
