"use client";
import { toLocalInput } from "@/components/clock-format";
import { MINUTE_MS } from "@/lib/format";
import { useNow } from "@/components/clock-provider";
import { describedBy, FormField } from "@/components/ui/form-field";
import { fieldClasses } from "@/components/ui/field-classes";

const ID = "incident-detected-at";
const HINT = "Now, or earlier if the problem began before it was noticed. Your local time.";

type DetectedAtFieldProps = {
  /** What the user entered; null while it follows the clock. */
  value: string | null;
  onChange: (value: string) => void;
  error: string | null;
};

/**
 * When the problem was detected: the RTO clocks count from here. Until edited it shows the current
 * minute, filled in by the browser, which alone knows the user's time zone.
 */
export function DetectedAtField({ value, onChange, error }: DetectedAtFieldProps) {
  const now = useNow(MINUTE_MS);
  const shown = value ?? (now === null ? "" : toLocalInput(new Date(now)));
  return (
    <FormField id={ID} label="Detected at" hint={HINT} error={error}>
      <input
        id={ID}
        type="datetime-local"
        value={shown}
        max={now === null ? undefined : toLocalInput(new Date(now))}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(ID, { hint: HINT, error })}
        className={fieldClasses()}
      />
    </FormField>
  );
}
