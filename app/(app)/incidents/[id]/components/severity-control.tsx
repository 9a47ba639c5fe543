"use client";
import { useState } from "react";
import { refusalInWords } from "@/components/forms/form-words";
import { SEVERITY_LABELS } from "@/lib/incidents/state-machine";
import { useIncidentWrite } from "@/app/(app)/incidents/[id]/components/use-incident-write";
import { api } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import { ErrorText } from "@/components/ui/error-text";
import { fieldClasses } from "@/components/ui/field-classes";
import type { Severity } from "@/lib/generated/prisma/enums";

/** For the commander: a severity other than the scenario's tier. Applied with a button, not on a slip. */
export function SeverityControl({ incidentId, severity }: { incidentId: string; severity: Severity }) {
  const [chosen, setChosen] = useState<Severity | null>(null);
  const change = useIncidentWrite(incidentId, (to: Severity) =>
    api(`/api/incidents/${incidentId}`, { method: "PATCH", body: { severity: to } }),
  );
  const selected = chosen ?? severity;
  return (
    <div className="space-y-2">
      <div className="flex items-center gap-2">
        <label htmlFor="incident-severity" className="text-sm font-medium text-ink">
          Severity
        </label>
        <select
          id="incident-severity"
          value={selected}
          onChange={(event) => setChosen(event.target.value as Severity)}
          className={fieldClasses()}
        >
          {Object.entries(SEVERITY_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        {selected !== severity && (
          <button
            type="button"
            onClick={() => change.mutate(selected, { onSuccess: () => setChosen(null) })}
            disabled={change.isPending}
            className={buttonClasses("secondary")}
          >
            Set severity
          </button>
        )}
      </div>
      {change.error && <ErrorText>{refusalInWords(change.error)}</ErrorText>}
    </div>
  );
}
