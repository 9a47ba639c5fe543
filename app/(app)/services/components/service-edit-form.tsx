"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { errorFor, toFormError } from "@/components/form-error";
import { api } from "@/components/live/api-client";
import { PlanSaveFooter } from "@/components/plan-save-footer";
import { asNumber, PlanTextField } from "@/components/plan-text-field";
import { ErrorText } from "@/components/ui/error-text";
import type { ServiceWithDependencies } from "@/lib/services/data";
import { updateServiceSchema } from "@/lib/services/schema";
import { parseInput } from "@/lib/validation";

const NUMBERS = [
  { field: "priority", label: "Priority", hint: "1 is the most urgent; empty for a dependency the matrix does not rate." },
  { field: "rtoMinutes", label: "RTO (minutes)", hint: "How soon it must be back." },
  { field: "rpoMinutes", label: "RPO (minutes)", hint: "How much data it may lose." },
] as const;

type NumberField = (typeof NUMBERS)[number]["field"];
type ServiceOption = Pick<ServiceWithDependencies, "key" | "name">;

/** A service of the plan, edited by a plan admin; the page shows the saved values once saved. */
export function ServiceEditForm({ service, services }: { service: ServiceWithDependencies; services: ServiceOption[] }) {
  const router = useRouter();
  const [refreshing, startTransition] = useTransition();
  const [name, setName] = useState(service.name);
  const [numbers, setNumbers] = useState<Record<NumberField, string>>({
    priority: service.priority?.toString() ?? "",
    rtoMinutes: service.rtoMinutes?.toString() ?? "",
    rpoMinutes: service.rpoMinutes?.toString() ?? "",
  });
  const [dependsOn, setDependsOn] = useState(new Set(service.dependsOn));
  const [isPublic, setIsPublic] = useState(service.isPublic);
  const save = useMutation({
    mutationFn: () => {
      const input = {
        name,
        ...Object.fromEntries(NUMBERS.map(({ field }) => [field, asNumber(numbers[field])])),
        dependsOn: services.filter((candidate) => dependsOn.has(candidate.key)).map((candidate) => candidate.key),
        isPublic,
      };
      return api(`/api/services/${service.key}`, { method: "PATCH", body: parseInput(updateServiceSchema, input) });
    },
    onSuccess: () => startTransition(() => router.refresh()),
  });
  const error = save.error ? toFormError(save.error) : null;
  const id = (field: string) => `service-${service.key}-${field}`;
  const fields = ["name", "isPublic", "dependsOn", ...NUMBERS.map(({ field }) => field)];
  const other = error && !fields.some((field) => errorFor(error, field)) ? error.message : null;
  const dependencyError = errorFor(error, "dependsOn");

  return (
    <details className="rounded-xl border border-line bg-surface p-4">
      <summary className="cursor-pointer font-medium text-ink">{service.name}</summary>
      <form
        noValidate
        aria-label={`Edit ${service.name}`}
        className="mt-4 space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <PlanTextField id={id("name")} label="Name" value={name} onChange={setName} error={errorFor(error, "name")} />
        <div className="grid gap-4 sm:grid-cols-3">
          {NUMBERS.map(({ field, label, hint }) => (
            <PlanTextField
              key={field}
              id={id(field)}
              label={label}
              hint={hint}
              numeric
              value={numbers[field]}
              onChange={(value) => setNumbers((current) => ({ ...current, [field]: value }))}
              error={errorFor(error, field)}
            />
          ))}
        </div>
        <fieldset aria-describedby={dependencyError ? id("dependsOn-error") : undefined}>
          <legend className="text-sm font-medium text-ink">Depends on</legend>
          <div className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-2">
            {services
              .filter((candidate) => candidate.key !== service.key)
              .map((candidate) => (
                <label key={candidate.key} className="flex min-h-10 items-center gap-2 text-sm text-ink">
                  <input
                    type="checkbox"
                    className="size-4"
                    checked={dependsOn.has(candidate.key)}
                    onChange={(event) =>
                      setDependsOn((current) => {
                        const next = new Set(current);
                        if (event.target.checked) next.add(candidate.key);
                        else next.delete(candidate.key);
                        return next;
                      })
                    }
                  />
                  {candidate.name}
                </label>
              ))}
          </div>
          {dependencyError && <ErrorText id={id("dependsOn-error")}>{dependencyError}</ErrorText>}
        </fieldset>
        <label className="flex min-h-10 items-center gap-2 text-sm text-ink">
          <input type="checkbox" className="size-4" checked={isPublic} onChange={(event) => setIsPublic(event.target.checked)} />
          Shown on the public status page
        </label>
        {other && <ErrorText>{other}</ErrorText>}
        <PlanSaveFooter label="Save service" saving={save.isPending} saved={save.isSuccess} refreshing={refreshing} />
      </form>
    </details>
  );
}
