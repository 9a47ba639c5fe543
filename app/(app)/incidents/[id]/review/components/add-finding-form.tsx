"use client";
import { useState } from "react";
import { useReviewWrite } from "@/app/(app)/incidents/[id]/review/components/use-review-write";
import { errorFor, plainMessage, toFormError } from "@/components/form-error";
import { api } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import { ErrorText } from "@/components/ui/error-text";
import { fieldClasses } from "@/components/ui/field-classes";
import { describedBy, FormField } from "@/components/ui/form-field";
import type { ReviewView } from "@/lib/reviews/types";

/** A new finding, in the words of whoever saw it. */
export function AddFindingForm({ incidentId }: { incidentId: string }) {
  const [text, setText] = useState("");
  const add = useReviewWrite(incidentId, (body: { text: string }) => api<ReviewView>(`/api/incidents/${incidentId}/review/findings`, { body }));
  const error = add.error ? toFormError(add.error) : null;
  const textError = errorFor(error, "text");
  return (
    <form
      noValidate
      className="space-y-3 rounded-xl border border-line bg-surface p-4 sm:p-5 print:hidden"
      onSubmit={(event) => {
        event.preventDefault();
        add.mutate({ text }, { onSuccess: () => setText("") });
      }}
    >
      <FormField id="finding-text" label="Add a finding" error={textError}>
        <textarea
          id="finding-text"
          value={text}
          onChange={(event) => setText(event.target.value)}
          rows={2}
          aria-invalid={textError ? true : undefined}
          aria-describedby={describedBy("finding-text", { error: textError })}
          className={fieldClasses("resize-y py-2")}
        />
      </FormField>
      {error && !textError && <ErrorText>{plainMessage(error)}</ErrorText>}
      <button type="submit" disabled={add.isPending} className={buttonClasses("primary")}>
        Add finding
      </button>
    </form>
  );
}
