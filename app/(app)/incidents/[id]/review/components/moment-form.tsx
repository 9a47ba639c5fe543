"use client";
import { useState } from "react";
import { SaveButtons } from "@/app/(app)/incidents/[id]/review/components/save-buttons";
import { useReviewWrite } from "@/app/(app)/incidents/[id]/review/components/use-review-write";
import { toLocalInput } from "@/components/clock-format";
import { plainMessage, toFormError } from "@/components/form-error";
import { fieldClasses } from "@/components/ui/field-classes";
import { describedBy, FormField } from "@/components/ui/form-field";
import type { ReviewView } from "@/lib/reviews/types";

type MomentFormProps = {
  incidentId: string;
  id: string;
  label: string;
  hint: string;
  /** The time the field starts at. */
  initial: Date;
  /** Saves the instant, or null when the field is emptied. */
  write: (moment: string | null) => Promise<ReviewView>;
  close: () => void;
};

/** One moment in the review (when the meeting was held, when the impact began), in local time. */
export function MomentForm({ incidentId, id, label, hint, initial, write, close }: MomentFormProps) {
  const [value, setValue] = useState(() => toLocalInput(initial));
  const save = useReviewWrite(incidentId, write);
  const error = save.error ? plainMessage(toFormError(save.error)) : null;
  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        // The browser reads its own local time; the server gets the instant.
        save.mutate(value ? new Date(value).toISOString() : null, { onSuccess: close });
      }}
    >
      <FormField id={id} label={label} hint={hint} error={error}>
        <input
          id={id}
          type="datetime-local"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, { hint, error })}
          className={fieldClasses("max-w-xs")}
        />
      </FormField>
      <SaveButtons pending={save.isPending} onCancel={close} />
    </form>
  );
}
