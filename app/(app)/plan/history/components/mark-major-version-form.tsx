"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { errorFor, plainMessage, toFormError } from "@/components/form-error";
import { api } from "@/components/live/api-client";
import { PlanSaveFooter } from "@/components/plan-save-footer";
import { describedBy, FormField } from "@/components/ui/form-field";
import { fieldClasses } from "@/components/ui/field-classes";
import { markMajorVersionSchema } from "@/lib/plan/schema";
import { parseInput } from "@/lib/validation";

/** For a plan admin: marks the plan's next version as a major one, with a note saying why. */
export function MarkMajorVersionForm() {
  const router = useRouter();
  const [refreshing, startTransition] = useTransition();
  const [note, setNote] = useState("");
  const mark = useMutation({
    mutationFn: () => api("/api/plan/versions", { method: "POST", body: parseInput(markMajorVersionSchema, { note }) }),
    onSuccess: () => {
      setNote("");
      startTransition(() => router.refresh());
    },
  });
  const error = mark.error ? toFormError(mark.error) : null;
  const noteError = errorFor(error, "note");
  return (
    <form
      noValidate
      aria-label="Mark a major version"
      className="max-w-2xl space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        mark.mutate();
      }}
    >
      <FormField id="major-version-note" label="Note" hint="Why this version is a major one." error={noteError}>
        <textarea
          id="major-version-note"
          value={note}
          onChange={(event) => setNote(event.target.value)}
          rows={3}
          aria-invalid={noteError ? true : undefined}
          aria-describedby={describedBy("major-version-note", { hint: true, error: noteError })}
          className={fieldClasses("py-2")}
        />
      </FormField>
      {error && !noteError && (
        <p role="alert" className="text-sm text-critical">
          {plainMessage(error)}
        </p>
      )}
      <PlanSaveFooter label="Mark major version" saving={mark.isPending} saved={mark.isSuccess} refreshing={refreshing} />
    </form>
  );
}
