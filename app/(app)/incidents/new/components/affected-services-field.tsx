import type { ServiceOption } from "@/app/(app)/incidents/new/components/declare-options";
import { ImpactOptions } from "@/components/impact-options";
import { ErrorText } from "@/components/ui/error-text";
import { fieldClasses } from "@/components/ui/field-classes";
import type { ServiceImpact } from "@/lib/generated/prisma/enums";
import { formatMinutes } from "@/lib/format";

function objectiveText(service: ServiceOption): string {
  if (service.rtoMinutes === null || service.rpoMinutes === null) return "No RTO in the plan: the incident tier's applies";
  return `P${service.priority} · RTO ${formatMinutes(service.rtoMinutes)} · RPO ${formatMinutes(service.rpoMinutes)}`;
}

type AffectedServicesFieldProps = {
  services: ServiceOption[];
  /** The services ticked, with their impact. */
  affected: Partial<Record<string, ServiceImpact>>;
  onChange: (key: string, impact: ServiceImpact | null) => void;
  /** A refusal about the list as a whole. */
  error: string | null;
  /** A refusal about one service, by its key. */
  serviceError: { key: string; message: string } | null;
};

/** Which services are hit and how badly: each one ticked gets its own RTO clock. */
export function AffectedServicesField({ services, affected, onChange, error, serviceError }: AffectedServicesFieldProps) {
  return (
    <fieldset aria-describedby={error ? "affected-services-error" : "affected-services-hint"}>
      <legend className="text-sm font-medium text-ink">Affected services</legend>
      <p id="affected-services-hint" className="mt-1 text-sm text-ink-muted">
        Tick each service that is down or at risk. Its RTO deadline counts from the time of detection.
      </p>
      {error && (
        <div className="mt-2">
          <ErrorText id="affected-services-error">{error}</ErrorText>
        </div>
      )}
      <ul className="mt-3 grid gap-2 sm:grid-cols-2">
        {services.map((service) => {
          const impact = affected[service.key];
          const refusal = serviceError?.key === service.key ? serviceError.message : null;
          return (
            <li
              key={service.key}
              className={`rounded-lg border px-3 py-2.5 ${impact ? "border-accent/50 bg-accent-soft/50" : "border-line bg-surface"}`}
            >
              <div className="flex items-start gap-3">
                <input
                  id={`service-${service.key}`}
                  type="checkbox"
                  checked={!!impact}
                  onChange={(event) => onChange(service.key, event.target.checked ? "down" : null)}
                  aria-describedby={`service-${service.key}-objective`}
                  className="mt-0.5 size-5 shrink-0 accent-accent"
                />
                <div className="min-w-0 flex-1">
                  <label htmlFor={`service-${service.key}`} className="block font-medium text-ink">
                    {service.name}
                  </label>
                  <p id={`service-${service.key}-objective`} className="text-xs text-ink-muted tabular-nums">
                    {objectiveText(service)}
                  </p>
                </div>
              </div>
              {impact && (
                <div className="mt-2 flex items-center gap-3 pl-8">
                  <label htmlFor={`impact-${service.key}`} className="text-sm text-ink-muted">
                    Impact<span className="sr-only"> on {service.name}</span>
                  </label>
                  <select
                    id={`impact-${service.key}`}
                    value={impact}
                    onChange={(event) => onChange(service.key, event.target.value as ServiceImpact)}
                    aria-invalid={refusal ? true : undefined}
                    aria-describedby={refusal ? `impact-${service.key}-error` : undefined}
                    className={fieldClasses("flex-1")}
                  >
                    <ImpactOptions />
                  </select>
                </div>
              )}
              {refusal && (
                <div className="mt-2 pl-8">
                  <ErrorText id={`impact-${service.key}-error`}>{refusal}</ErrorText>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
