"use client";
import { useState, type FormEvent } from "react";
import { refusalInWords } from "@/components/forms/form-words";
import { useIncidentWrite } from "@/app/(app)/incidents/[id]/components/use-incident-write";
import { api } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import { ErrorText } from "@/components/ui/error-text";
import { fieldClasses } from "@/components/ui/field-classes";

type MarkRestoredFormProps = { incidentId: string; service: { key: string; name: string }; rpoTargetMinutes: number };

/**
 * Records a service as back, which stops its RTO clock and releases the steps that wait for it.
 * It asks once more before it does, and takes the data lost, if known, to weigh against the RPO.
 */
export function MarkRestoredForm({ incidentId, service, rpoTargetMinutes }: MarkRestoredFormProps) {
  const [open, setOpen] = useState(false);
  const restore = useIncidentWrite(incidentId, (dataLossMinutes: number | undefined) =>
    api(`/api/incidents/${incidentId}/services/${service.key}/restored`, { body: { dataLossMinutes } }),
  );
  const inputId = `data-loss-${service.key}`;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get("dataLossMinutes") ?? "").trim();
    restore.mutate(value === "" ? undefined : Number(value));
  }

  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} className={buttonClasses("secondary")}>
        Mark restored
      </button>
    );
  }
  return (
    <form onSubmit={submit} className="mt-1 w-full space-y-3 rounded-lg border border-line bg-canvas p-3">
      <div className="space-y-1.5">
        <label htmlFor={inputId} className="block text-sm font-medium text-ink">
          Data lost, in minutes <span className="font-normal text-ink-muted">(if known; RPO {rpoTargetMinutes} min)</span>
        </label>
        <input id={inputId} name="dataLossMinutes" type="number" min={0} step={1} inputMode="numeric" className={fieldClasses("max-w-40")} />
      </div>
      {restore.error && <ErrorText>{refusalInWords(restore.error)}</ErrorText>}
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={restore.isPending} className={buttonClasses("primary")}>
          Mark {service.name} restored
        </button>
        <button type="button" onClick={() => setOpen(false)} className={buttonClasses("quiet")}>
          Cancel
        </button>
      </div>
    </form>
  );
}
