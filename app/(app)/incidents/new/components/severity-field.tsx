import type { UseFormRegisterReturn } from "react-hook-form";
import { SEVERITY_LABELS } from "@/lib/incidents/state-machine";
import { describedBy, FormField } from "@/components/ui/form-field";
import { fieldClasses } from "@/components/ui/field-classes";

const ID = "incident-severity";
const HINT = "Without a scenario, the most urgent affected service sets it.";

/** The severity, when the commander knows better than the scenario's tier. */
export function SeverityField({ field, error }: { field: UseFormRegisterReturn; error: string | null }) {
  return (
    <FormField id={ID} label="Severity" hint={HINT} error={error}>
      <select
        id={ID}
        {...field}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(ID, { hint: HINT, error })}
        className={fieldClasses()}
      >
        <option value="">From the scenario</option>
        {Object.entries(SEVERITY_LABELS).map(([severity, label]) => (
          <option key={severity} value={severity}>
            {label}
          </option>
        ))}
      </select>
    </FormField>
  );
}
