"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useState, type FormEvent } from "react";
import { errorFor, toFormError, type FormError } from "@/components/form-error";
import { AffectedServicesField } from "@/app/(app)/incidents/new/components/affected-services-field";
import type { ScenarioOption, ServiceOption } from "@/app/(app)/incidents/new/components/declare-options";
import { DetectedAtField } from "@/app/(app)/incidents/new/components/detected-at-field";
import { ImpactStartedField } from "@/app/(app)/incidents/new/components/impact-started-field";
import { ScenarioField } from "@/app/(app)/incidents/new/components/scenario-field";
import { SeverityField } from "@/app/(app)/incidents/new/components/severity-field";
import { api } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import { ErrorText } from "@/components/ui/error-text";
import { fieldClasses } from "@/components/ui/field-classes";
import { describedBy, FormField } from "@/components/ui/form-field";
import type { ServiceImpact } from "@/lib/generated/prisma/enums";
import { declareIncidentSchema, type DeclareIncidentInput } from "@/lib/incidents/schema";
import type { IncidentView } from "@/lib/incidents/types";
import { parseInput } from "@/lib/validation";

const SERVICE_FIELD = /^services\.(\d+)\./;
const FIELDS_WITH_A_PLACE = ["title", "scenarioKey", "services", "detectedAt", "impactStartedAt", "severity"];
const CONTROLS: Record<string, string> = {
  title: "incident-title",
  scenarioKey: "incident-scenario",
  detectedAt: "incident-detected-at",
  impactStartedAt: "incident-impact-started-at",
  severity: "incident-severity",
};

/** The service a refusal such as `services.1.impact` is about, by the order the keys were sent. */
function refusedService(error: FormError | null, sent: string[]): { key: string; message: string } | null {
  const index = error?.field?.match(SERVICE_FIELD)?.[1];
  const key = index === undefined ? undefined : sent[Number(index)];
  return key ? { key, message: errorFor(error, "services") ?? "" } : null;
}

/** The control to focus for a refusal, so the user lands where the problem is. */
function controlFor(error: FormError, sent: string[], firstService: string | undefined): string | null {
  const service = refusedService(error, sent);
  if (service) return `impact-${service.key}`;
  if (error.field === "services") return firstService ? `service-${firstService}` : null;
  return (error.field && CONTROLS[error.field]) ?? null;
}

export function DeclareForm({ scenarios, services }: { scenarios: ScenarioOption[]; services: ServiceOption[] }) {
  const router = useRouter();
  const [scenarioKey, setScenarioKey] = useState("");
  const [affected, setAffected] = useState<Partial<Record<string, ServiceImpact>>>({});
  const [detectedAt, setDetectedAt] = useState<string | null>(null);
  const [error, setError] = useState<FormError | null>(null);
  // The keys in the order they were sent, to find the service a refusal such as services.1.key names.
  const [submitted, setSubmitted] = useState<string[]>([]);
  const declare = useMutation({
    mutationFn: (input: DeclareIncidentInput) => api<IncidentView>("/api/incidents", { body: input }),
    onSuccess: (incident) => router.push(`/incidents/${incident.id}`),
    onError: (refusal) => setError(toFormError(refusal)),
  });

  const firstService = services[0]?.key;
  useEffect(() => {
    const id = error && controlFor(error, submitted, firstService);
    if (id) document.getElementById(id)?.focus();
  }, [error, submitted, firstService]);

  function changeService(key: string, impact: ServiceImpact | null) {
    setAffected((current) => {
      const next = { ...current };
      if (impact) next[key] = impact;
      else delete next[key];
      return next;
    });
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const keys = services.map((service) => service.key).filter((key) => affected[key]);
    const detected = String(form.get("detectedAt") ?? "");
    const impactStarted = String(form.get("impactStartedAt") ?? "");
    const severity = String(form.get("severity") ?? "");
    const input = {
      title: String(form.get("title") ?? ""),
      scenarioKey: scenarioKey || null,
      services: keys.map((key) => ({ key, impact: affected[key] as ServiceImpact })),
      detectedAt: detected ? new Date(detected).toISOString() : undefined,
      impactStartedAt: impactStarted ? new Date(impactStarted).toISOString() : undefined,
      severity: severity ? (severity as DeclareIncidentInput["severity"]) : undefined,
      isDrill: form.get("isDrill") === "on",
    };
    setSubmitted(keys);
    try {
      // The server's own schema: the same refusal, without the round trip.
      parseInput(declareIncidentSchema, input);
    } catch (refusal) {
      setError(toFormError(refusal));
      return;
    }
    setError(null);
    declare.mutate(input);
  }

  const serviceError = refusedService(error, submitted);
  const titleError = errorFor(error, "title");
  // Still disabled after success, while the war room loads: one click, one incident.
  const declaring = declare.isPending || declare.isSuccess;
  const unplaced = error && !FIELDS_WITH_A_PLACE.some((field) => errorFor(error, field)) ? error.message : null;

  return (
    <form onSubmit={submit} noValidate className="max-w-3xl space-y-7">
      <FormField id="incident-title" label="Title" error={titleError}>
        <input
          id="incident-title"
          name="title"
          required
          autoComplete="off"
          aria-invalid={titleError ? true : undefined}
          aria-describedby={describedBy("incident-title", { error: titleError })}
          className={fieldClasses()}
        />
      </FormField>
      <ScenarioField scenarios={scenarios} value={scenarioKey} onChange={setScenarioKey} error={errorFor(error, "scenarioKey")} />
      <AffectedServicesField
        services={services}
        affected={affected}
        onChange={changeService}
        error={serviceError ? null : errorFor(error, "services")}
        serviceError={serviceError}
      />
      <div className="grid gap-7 sm:grid-cols-2">
        <DetectedAtField value={detectedAt} onChange={setDetectedAt} error={errorFor(error, "detectedAt")} />
        <SeverityField error={errorFor(error, "severity")} />
      </div>
      <ImpactStartedField error={errorFor(error, "impactStartedAt")} />
      <div className="flex items-start gap-3">
        <input
          id="incident-drill"
          name="isDrill"
          type="checkbox"
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
        {unplaced && <ErrorText>{unplaced}</ErrorText>}
        <button type="submit" disabled={declaring} aria-busy={declaring} className={buttonClasses("primary", "min-h-11 w-full sm:w-auto")}>
          Declare incident
        </button>
      </div>
    </form>
  );
}
