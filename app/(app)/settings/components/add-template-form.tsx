"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { AUDIENCE_LABELS } from "@/components/audience-labels";
import { errorFor, toFormError } from "@/components/form-error";
import { api } from "@/components/live/api-client";
import { PlanSaveFooter } from "@/components/plan-save-footer";
import { PlanTextField } from "@/components/plan-text-field";
import { ErrorText } from "@/components/ui/error-text";
import { fieldClasses } from "@/components/ui/field-classes";
import { describedBy, FormField } from "@/components/ui/form-field";
import { createTemplateSchema } from "@/lib/communications/schema";
import { Audience } from "@/lib/generated/prisma/enums";
import { parseInput } from "@/lib/validation";

const EMPTY = { name: "", audience: "internal", subject: "", body: "" };
const FIELDS = ["name", "audience", "subject", "body"];

/** A new communication template, added at the end of the list; the list shows it once added. */
export function AddTemplateForm() {
  const router = useRouter();
  const [refreshing, startTransition] = useTransition();
  const [fields, setFields] = useState(EMPTY);
  const add = useMutation({
    mutationFn: () => api("/api/communication-templates", { body: parseInput(createTemplateSchema, fields) }),
    onSuccess: () => {
      setFields(EMPTY);
      startTransition(() => router.refresh());
    },
  });
  const error = add.error ? toFormError(add.error) : null;
  const set = (field: keyof typeof EMPTY) => (value: string) => setFields((current) => ({ ...current, [field]: value }));
  const other = error && !FIELDS.some((field) => errorFor(error, field)) ? error.message : null;
  const bodyError = errorFor(error, "body");

  return (
    <details className="rounded-xl border border-line bg-surface p-4">
      <summary className="cursor-pointer font-medium text-ink">Add a template</summary>
      <form
        noValidate
        aria-label="Add a template"
        className="mt-4 space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          add.mutate();
        }}
      >
        <PlanTextField id="new-template-name" label="Name" value={fields.name} onChange={set("name")} error={errorFor(error, "name")} />
        <FormField id="new-template-audience" label="For" error={errorFor(error, "audience")}>
          <select id="new-template-audience" value={fields.audience} onChange={(event) => set("audience")(event.target.value)} className={fieldClasses()}>
            {Object.values(Audience).map((audience) => (
              <option key={audience} value={audience}>
                {AUDIENCE_LABELS[audience]}
              </option>
            ))}
          </select>
        </FormField>
        <PlanTextField id="new-template-subject" label="Headline" value={fields.subject} onChange={set("subject")} error={errorFor(error, "subject")} />
        <FormField id="new-template-body" label="Text" error={bodyError}>
          <textarea
            id="new-template-body"
            rows={5}
            value={fields.body}
            onChange={(event) => set("body")(event.target.value)}
            className={fieldClasses("resize-y py-2 font-mono text-sm")}
            aria-invalid={!!bodyError}
            aria-describedby={describedBy("new-template-body", { error: bodyError })}
          />
        </FormField>
        {other && <ErrorText>{other}</ErrorText>}
        <PlanSaveFooter label="Add template" saving={add.isPending} saved={add.isSuccess} refreshing={refreshing} />
      </form>
    </details>
  );
}
