"use client";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { AffectedServicesField } from "@/app/(app)/incidents/new/components/affected-services-field";
import type { ScenarioOption, ServiceOption } from "@/app/(app)/incidents/new/components/declare-options";
import { DetectedAtField } from "@/app/(app)/incidents/new/components/detected-at-field";
import { ImpactStartedField } from "@/app/(app)/incidents/new/components/impact-started-field";
import { ScenarioField } from "@/app/(app)/incidents/new/components/scenario-field";
import { SeverityField } from "@/app/(app)/incidents/new/components/severity-field";
import { toLocalInput } from "@/components/clock-format";
import { FormRefusal, SchemaField } from "@/components/forms/schema-field";
import { useSchemaForm } from "@/components/forms/use-schema-form";
import { api } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import { fieldClasses } from "@/components/ui/field-classes";
import type { ServiceImpact, Severity } from "@/lib/generated/prisma/enums";
import { declareIncidentSchema, type DeclareIncidentInput } from "@/lib/incidents/schema";
import type { IncidentView } from "@/lib/incidents/types";

const SERVICE_ENTRY = /^services\.(\d+)\./;

type Declaration = {
  title: string;
  scenarioKey: string;
  /** In the plan's order. */
  services: { key: string; impact: ServiceImpact }[];
  /** What the user entered; null while it follows the clock. */
  detectedAt: string | null;
  impactStartedAt: string;
  severity: Severity | "";
  isDrill: boolean;
};

const UNDECLARED: Declaration = { title: "", scenarioKey: "", services: [], detectedAt: null, impactStartedAt: "", severity: "", isDrill: false };

/** A local time as typed (datetime-local) as the instant the API takes. */
function instantOf(local: string): string | undefined {
  return local ? new Date(local).toISOString() : undefined;
}

function inputOf({ title, scenarioKey, services, detectedAt, impactStartedAt, severity, isDrill }: Declaration): DeclareIncidentInput {
  return {
    title,
    scenarioKey: scenarioKey || null,
    services,
    // Until edited, the field shows the current minute: that is the detection time declared.
    detectedAt: instantOf(detectedAt ?? toLocalInput(new Date())),
    impactStartedAt: instantOf(impactStartedAt),
    severity: severity || undefined,
    isDrill,
  };
}

export function DeclareForm({ scenarios, services }: { scenarios: ScenarioOption[]; services: ServiceOption[] }) {
  const router = useRouter();
  // Still disabled after success, while the war room loads: one click, one incident.
  const [declared, setDeclared] = useState(false);
  const form = useSchemaForm({
    schema: declareIncidentSchema,
    defaultValues: UNDECLARED,
    toInput: inputOf,
    whenEmpty: { title: "Give the incident a title: what is happening, in a few words.", services: "Tick at least one affected service." },
    send: async (input) => {
      const incident = await api<IncidentView>("/api/incidents", { body: input });
      setDeclared(true);
      router.push(`/incidents/${incident.id}`);
    },
  });
  const { watch, setValue } = form;
  const typed = watch();
  const affected = Object.fromEntries(typed.services.map(({ key, impact }) => [key, impact]));

  function changeService(key: string, impact: ServiceImpact | null) {
    const next = { ...affected, [key]: impact };
    const chosen = services.flatMap((service) => (next[service.key] ? [{ key: service.key, impact: next[service.key] as ServiceImpact }] : []));
    setValue("services", chosen, { shouldValidate: form.formState.isSubmitted });
  }

  const servicesError = form.errorOf("services", "Affected services");
  const entry = form.refusedAt("services")?.match(SERVICE_ENTRY)?.[1];
  const refusedService = entry === undefined ? undefined : typed.services[Number(entry)]?.key;
  const firstService = services[0]?.key;

  // The list has no control of its own to focus: the user lands on the service at fault, or the
  // first, unless the title above it was refused too.
  const titleRefused = !!form.formState.errors.title;
  useEffect(() => {
    if (!servicesError || titleRefused) return;
    document.getElementById(refusedService ? `impact-${refusedService}` : `service-${firstService}`)?.focus();
  }, [servicesError, titleRefused, refusedService, firstService]);

  const declaring = form.sending || declared;
  return (
    <form onSubmit={form.submit} noValidate className="max-w-3xl space-y-7">
      <SchemaField form={form} name="title" id="incident-title" label="Title">
        {(control) => <input {...control} required autoComplete="off" className={fieldClasses()} />}
      </SchemaField>
      <ScenarioField
        scenarios={scenarios}
        value={typed.scenarioKey}
        onChange={(key) => setValue("scenarioKey", key)}
        error={form.errorOf("scenarioKey", "Scenario")}
      />
      <AffectedServicesField
        services={services}
        affected={affected}
        onChange={changeService}
        error={refusedService ? null : servicesError}
        serviceError={refusedService && servicesError ? { key: refusedService, message: servicesError } : null}
      />
      <div className="grid gap-7 sm:grid-cols-2">
        <DetectedAtField value={typed.detectedAt} onChange={(local) => setValue("detectedAt", local)} error={form.errorOf("detectedAt", "Detection time")} />
        <SeverityField field={form.register("severity")} error={form.errorOf("severity", "Severity")} />
      </div>
      <ImpactStartedField field={form.register("impactStartedAt")} error={form.errorOf("impactStartedAt", "The start of the impact")} />
      <div className="flex items-start gap-3">
        <input
          id="incident-drill"
          type="checkbox"
          {...form.register("isDrill")}
          aria-describedby="incident-drill-hint"
          className="mt-0.5 size-5 shrink-0 accent-accent"
        />
        <div>
          <label htmlFor="incident-drill" className="block font-medium text-ink">
            Drill
          </label>
          <p id="incident-drill-hint" className="text-sm text-ink-muted">
            An exercise: scored as a drill and kept out of real incident metrics.
          </p>
        </div>
      </div>
      <div className="space-y-3 border-t border-line pt-6">
        <FormRefusal form={form} />
        <button type="submit" disabled={declaring} aria-busy={declaring} className={buttonClasses("primary", "min-h-11 w-full sm:w-auto")}>
          Declare incident
        </button>
      </div>
    </form>
  );
}
