import { fieldClasses } from "@/components/ui/field-classes";
import { describedBy, FormField } from "@/components/ui/form-field";

type PlanLinesFieldProps = {
  id: string;
  label: string;
  /** One entry a line. */
  lines: string;
  onChange: (lines: string) => void;
  error: string | null;
  hint?: string;
};

/** A plan edit form's list of short texts, written one a line: a scenario's examples, the plan's distribution. */
export function PlanLinesField({ id, label, lines, onChange, error, hint = "One a line." }: PlanLinesFieldProps) {
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        rows={Math.min(8, Math.max(3, lines.split("\n").length + 1))}
        value={lines}
        onChange={(event) => onChange(event.target.value)}
        className={fieldClasses("py-2")}
        aria-invalid={!!error}
        aria-describedby={describedBy(id, { hint, error })}
      />
    </FormField>
  );
}

/** The lines as the list the API takes: empty lines left out. */
export function linesOf(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
}
