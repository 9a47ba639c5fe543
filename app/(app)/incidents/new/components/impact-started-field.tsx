import type { UseFormRegisterReturn } from "react-hook-form";
import { describedBy, FormField } from "@/components/ui/form-field";
import { fieldClasses } from "@/components/ui/field-classes";

const ID = "incident-impact-started-at";
const HINT = "If users were affected before it was detected, and you know since when. Time to detect counts from here.";

/** When the impact began, if known: the plan's mean time to detection needs it. Optional. */
export function ImpactStartedField({ field, error }: { field: UseFormRegisterReturn; error: string | null }) {
  return (
    <FormField id={ID} label="Impact began (optional)" hint={HINT} error={error}>
      <input
        id={ID}
        {...field}
        type="datetime-local"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(ID, { hint: HINT, error })}
        className={fieldClasses()}
      />
    </FormField>
  );
}
