"use client";
import { useState } from "react";
import { SaveButtons } from "@/app/(app)/incidents/[id]/review/components/save-buttons";
import { useReviewWrite } from "@/app/(app)/incidents/[id]/review/components/use-review-write";
import { toLocalInput } from "@/components/clock-format";
import { plainMessage, toFormError } from "@/components/form-error";
import { api } from "@/components/live/api-client";
import { fieldClasses } from "@/components/ui/field-classes";
import { describedBy, FormField } from "@/components/ui/form-field";

const ID = "review-held-at";
const HINT = "Your local time. Leave it empty if the meeting has not been held.";

/** When the review meeting was held: now, unless it is being recorded afterwards. */
export function HeldAtForm({ incidentId, heldAt, close }: { incidentId: string; heldAt: string | null; close: () => void }) {
  const [value, setValue] = useState(() => toLocalInput(heldAt ? new Date(heldAt) : new Date()));
  const save = useReviewWrite(incidentId, (held: string | null) =>
    api(`/api/incidents/${incidentId}/review`, { method: "PATCH", body: { heldAt: held } }),
  );
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
      <FormField id={ID} label="Held at" hint={HINT} error={error}>
        <input
          id={ID}
          type="datetime-local"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(ID, { hint: HINT, error })}
          className={fieldClasses("max-w-xs")}
        />
      </FormField>
      <SaveButtons pending={save.isPending} onCancel={close} />
    </form>
  );
}
