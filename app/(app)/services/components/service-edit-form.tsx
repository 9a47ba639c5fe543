"use client";
import { FormRefusal, SchemaField } from "@/components/forms/schema-field";
import { usePlanEditForm } from "@/components/forms/use-plan-edit-form";
import { PlanRemoveButton } from "@/components/plan-remove-button";
import { PlanSaveFooter } from "@/components/plan-save-footer";
import { asNumber } from "@/components/plan-text-field";
import { ErrorText } from "@/components/ui/error-text";
import { fieldClasses } from "@/components/ui/field-classes";
import type { ServiceWithDependencies } from "@/lib/services/data";
import { createServiceSchema, updateServiceSchema } from "@/lib/services/schema";

const NUMBERS = [
  { field: "priority", label: "Priority", called: "The priority", hint: "1 is the most urgent; empty for a dependency the matrix does not rate." },
  { field: "rtoMinutes", label: "RTO (minutes)", called: "The RTO", hint: "How soon it must be back." },
  { field: "rpoMinutes", label: "RPO (minutes)", called: "The RPO", hint: "How much data it may lose." },
] as const;

type ServiceOption = Pick<ServiceWithDependencies, "key" | "name">;
type ServiceDraft = { name: string; priority: string; rtoMinutes: string; rpoMinutes: string; dependsOn: string[]; isPublic: boolean };

const NEW_SERVICE: ServiceDraft = { name: "", priority: "", rtoMinutes: "", rpoMinutes: "", dependsOn: [], isPublic: false };

/**
 * A service of the plan, edited (or, without one, added) by a plan admin; the page shows the saved
 * values once saved.
 */
export function ServiceEditForm({ service, services }: { service?: ServiceWithDependencies; services: ServiceOption[] }) {
  const { form, refreshing } = usePlanEditForm({
    schema: service ? updateServiceSchema : createServiceSchema,
    path: service ? `/api/services/${service.key}` : "/api/services",
    method: service ? "PATCH" : "POST",
    emptyOnSave: !service,
    defaultValues: service
      ? {
          name: service.name,
          priority: service.priority?.toString() ?? "",
          rtoMinutes: service.rtoMinutes?.toString() ?? "",
          rpoMinutes: service.rpoMinutes?.toString() ?? "",
          dependsOn: service.dependsOn,
          isPublic: service.isPublic,
        }
      : NEW_SERVICE,
    toInput: (typed: ServiceDraft) => ({
      name: typed.name,
      ...Object.fromEntries(NUMBERS.map(({ field }) => [field, asNumber(typed[field])])),
      // In the plan's order, whatever the order of the ticks.
      dependsOn: services.filter((candidate) => typed.dependsOn.includes(candidate.key)).map((candidate) => candidate.key),
      isPublic: typed.isPublic,
    }),
    whenEmpty: { name: "Give the service a name." },
  });
  const prefix = service ? `service-${service.key}` : "service-new";
  const id = (field: string) => `${prefix}-${field}`;
  const title = service ? `Edit ${service.name}` : "Add a service";
  const dependencyError = form.errorOf("dependsOn", "The list of dependencies");

  return (
    <details className="rounded-xl border border-line bg-surface p-4">
      <summary className="cursor-pointer font-medium text-ink">{service?.name ?? "Add a service"}</summary>
      <form noValidate aria-label={title} className="mt-4 space-y-4" onSubmit={form.submit}>
        <SchemaField form={form} name="name" id={id("name")} label="Name" called="The name">
          {(control) => <input {...control} type="text" className={fieldClasses()} />}
        </SchemaField>
        <div className="grid gap-4 sm:grid-cols-3">
          {NUMBERS.map(({ field, label, called, hint }) => (
            <SchemaField key={field} form={form} name={field} id={id(field)} label={label} called={called} hint={hint}>
              {(control) => <input {...control} type="text" inputMode="numeric" className={fieldClasses()} />}
            </SchemaField>
          ))}
        </div>
        <fieldset aria-describedby={dependencyError ? id("dependsOn-error") : undefined}>
          <legend className="text-sm font-medium text-ink">Depends on</legend>
          <div className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-2">
            {services
              .filter((candidate) => candidate.key !== service?.key)
              .map((candidate) => (
                <label key={candidate.key} className="flex min-h-10 items-center gap-2 text-sm text-ink">
                  <input type="checkbox" className="size-4" value={candidate.key} {...form.register("dependsOn")} />
                  {candidate.name}
                </label>
              ))}
          </div>
          {dependencyError && <ErrorText id={id("dependsOn-error")}>{dependencyError}</ErrorText>}
        </fieldset>
        <label className="flex min-h-10 items-center gap-2 text-sm text-ink">
          <input type="checkbox" className="size-4" {...form.register("isPublic")} />
          Shown on the public status page
        </label>
        <FormRefusal form={form} />
        <PlanSaveFooter label={service ? "Save service" : "Add service"} saving={form.sending} saved={form.formState.isSubmitSuccessful} refreshing={refreshing} />
      </form>
      {service && <PlanRemoveButton name={service.name} path={`/api/services/${service.key}`} />}
    </details>
  );
}
