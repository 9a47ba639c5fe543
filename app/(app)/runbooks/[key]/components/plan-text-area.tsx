import { fieldClasses } from "@/components/ui/field-classes";
import { describedBy, FormField } from "@/components/ui/form-field";

type PlanTextAreaProps = { id: string; label: string; value: string; onChange: (value: string) => void; error: string | null; hint?: string };

/** Several lines of a runbook edit form: details or detection signals, one per line. */
export function PlanTextArea({ id, label, value, onChange, error, hint }: PlanTextAreaProps) {
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        rows={3}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className={fieldClasses("py-2")}
        aria-invalid={!!error}
        aria-describedby={describedBy(id, { hint, error })}
      />
    </FormField>
  );
}

/** The lines typed, trimmed, without the empty ones. */
export function linesOf(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
}
