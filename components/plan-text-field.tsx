import { fieldClasses } from "@/components/ui/field-classes";
import { describedBy, FormField } from "@/components/ui/form-field";

/** A number field's text: digits as a whole number, empty as no value; anything else goes to the server's check as typed. */
export function asNumber(text: string): number | string | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

type PlanTextFieldProps = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string | null;
  hint?: string;
  type?: "text" | "email" | "tel";
  /** Whole numbers: the phone keypad shows digits. */
  numeric?: boolean;
};

/** One field of a plan edit form: its label, a hint, and the server's refusal beside it. */
export function PlanTextField({ id, label, value, onChange, error, hint, type = "text", numeric = false }: PlanTextFieldProps) {
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        type={type}
        inputMode={numeric ? "numeric" : undefined}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className={fieldClasses()}
        aria-invalid={!!error}
        aria-describedby={describedBy(id, { hint, error })}
      />
    </FormField>
  );
}
