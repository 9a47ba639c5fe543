"use client";
import { useIncidentWrite } from "@/app/(app)/incidents/[id]/components/use-incident-write";
import { SchemaField, SendOrClose } from "@/components/forms/schema-field";
import { useSchemaForm } from "@/components/forms/use-schema-form";
import { api } from "@/components/live/api-client";
import { ImpactOptions } from "@/components/impact-options";
import { fieldClasses } from "@/components/ui/field-classes";
import type { ServiceImpact } from "@/lib/generated/prisma/enums";
import type { CatalogueService } from "@/app/(app)/incidents/[id]/components/add-service-form";
import { addAffectedServiceSchema } from "@/lib/recovery/schema";

type AddServiceFieldsProps = { incidentId: string; candidates: readonly CatalogueService[]; close: () => void };

export function AddServiceFields({ incidentId, candidates, close }: AddServiceFieldsProps) {
  const add = useIncidentWrite(incidentId, (input: { key: string; impact: ServiceImpact }) => api(`/api/incidents/${incidentId}/services`, { body: input }));
  const form = useSchemaForm({
    schema: addAffectedServiceSchema,
    defaultValues: { key: candidates[0]?.key ?? "", impact: "down" },
    send: async (input) => {
      await add.mutateAsync(input);
      close();
    },
  });
  return (
    <form onSubmit={form.submit} noValidate aria-label="Add an affected service" className="space-y-3 rounded-lg border border-line bg-canvas p-3">
      <div className="flex flex-wrap gap-3">
        <div className="min-w-48 flex-1">
          <SchemaField form={form} name="key" id="add-service-key" label="Service">
            {(control) => (
              <select {...control} className={fieldClasses()}>
                {candidates.map((service) => (
                  <option key={service.key} value={service.key}>
                    {service.name}
                  </option>
                ))}
              </select>
            )}
          </SchemaField>
        </div>
        <SchemaField form={form} name="impact" id="add-service-impact" label="Impact">
          {(control) => (
            <select {...control} className={fieldClasses()}>
              <ImpactOptions />
            </select>
          )}
        </SchemaField>
      </div>
      <SendOrClose form={form} send="Add service" onClose={close} />
    </form>
  );
}
