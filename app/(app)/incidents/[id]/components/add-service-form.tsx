"use client";
import { useState, type FormEvent } from "react";
import { plainMessage, toFormError } from "@/components/form-error";
import { useIncidentWrite } from "@/app/(app)/incidents/[id]/components/use-incident-write";
import { api } from "@/components/live/api-client";
import { ImpactOptions } from "@/components/impact-options";
import { buttonClasses } from "@/components/ui/button-classes";
import { ErrorText } from "@/components/ui/error-text";
import { fieldClasses } from "@/components/ui/field-classes";
import type { ServiceImpact } from "@/lib/generated/prisma/enums";

export type CatalogueService = { key: string; name: string };

/** For the commander: a service found affected after declaring, with its impact; its clock starts from detection. */
export function AddServiceForm({ incidentId, candidates }: { incidentId: string; candidates: readonly CatalogueService[] }) {
  const [open, setOpen] = useState(false);
  const add = useIncidentWrite(incidentId, (input: { key: string; impact: ServiceImpact }) => api(`/api/incidents/${incidentId}/services`, { body: input }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    add.mutate({ key: String(form.get("key")), impact: String(form.get("impact")) as ServiceImpact }, { onSuccess: () => setOpen(false) });
  }

  if (candidates.length === 0) return null;
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} className={buttonClasses("secondary")}>
        Add a service
      </button>
    );
  }
  return (
    <form onSubmit={submit} aria-label="Add an affected service" className="space-y-3 rounded-lg border border-line bg-canvas p-3">
      <div className="flex flex-wrap gap-3">
        <div className="min-w-48 flex-1 space-y-1.5">
          <label htmlFor="add-service-key" className="block text-sm font-medium text-ink">
            Service
          </label>
          <select id="add-service-key" name="key" required className={fieldClasses()}>
            {candidates.map((service) => (
              <option key={service.key} value={service.key}>
                {service.name}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1.5">
          <label htmlFor="add-service-impact" className="block text-sm font-medium text-ink">
            Impact
          </label>
          <select id="add-service-impact" name="impact" defaultValue="down" className={fieldClasses()}>
            <ImpactOptions />
          </select>
        </div>
      </div>
      {add.error && <ErrorText>{plainMessage(toFormError(add.error))}</ErrorText>}
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={add.isPending} className={buttonClasses("primary")}>
          Add service
        </button>
        <button type="button" onClick={() => { add.reset(); setOpen(false); }} className={buttonClasses("quiet")}>
          Cancel
        </button>
      </div>
    </form>
  );
}
