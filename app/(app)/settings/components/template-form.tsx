"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { AUDIENCE_LABELS } from "@/components/audience-labels";
import { errorFor, toFormError } from "@/components/form-error";
import { api } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import { ErrorText } from "@/components/ui/error-text";
import { fieldClasses } from "@/components/ui/field-classes";
import { describedBy, FormField } from "@/components/ui/form-field";
import { updateTemplateSchema } from "@/lib/communications/schema";
import type { Audience } from "@/lib/generated/prisma/enums";
import { parseInput } from "@/lib/validation";

export type TemplateSummary = { id: string; key: string; name: string; audience: Audience; subject: string; body: string };

/** One communication template, edited in place; saved only when valid, removed after a second click. */
export function TemplateForm({ template }: { template: TemplateSummary }) {
  const router = useRouter();
  const [refreshing, startTransition] = useTransition();
  const [confirmingRemoval, setConfirmingRemoval] = useState(false);
  const remove = useMutation({
    mutationFn: () => api(`/api/communication-templates/${template.id}`, { method: "DELETE" }),
    onSuccess: () => startTransition(() => router.refresh()),
  });
  const [fields, setFields] = useState({ name: template.name, subject: template.subject, body: template.body });
  const [saved, setSaved] = useState(fields);
  const save = useMutation({
    mutationFn: () => api<TemplateSummary>(`/api/communication-templates/${template.id}`, { method: "PUT", body: parseInput(updateTemplateSchema, fields) }),
    onSuccess: ({ name, subject, body }) => {
      setFields({ name, subject, body });
      setSaved({ name, subject, body });
    },
  });
  const error = save.error ? toFormError(save.error) : null;
  const id = (field: string) => `template-${template.key}-${field}`;
  const changed = fields.name !== saved.name || fields.subject !== saved.subject || fields.body !== saved.body;
  const other = error && !["name", "subject", "body"].some((field) => errorFor(error, field)) ? error.message : null;

  return (
    <form
      noValidate
      aria-label={template.name}
      className="space-y-3 p-5"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <p className="text-xs font-medium text-ink-muted uppercase">For {AUDIENCE_LABELS[template.audience].toLowerCase()}</p>
      {(["name", "subject"] as const).map((field) => (
        <FormField key={field} id={id(field)} label={field === "name" ? "Name" : "Headline"} error={errorFor(error, field)}>
          <input
            id={id(field)}
            value={fields[field]}
            onChange={(event) => setFields((current) => ({ ...current, [field]: event.target.value }))}
            className={fieldClasses()}
            aria-invalid={!!errorFor(error, field)}
            aria-describedby={describedBy(id(field), { error: errorFor(error, field) })}
          />
        </FormField>
      ))}
      <FormField id={id("body")} label="Text" error={errorFor(error, "body")}>
        <textarea
          id={id("body")}
          rows={5}
          value={fields.body}
          onChange={(event) => setFields((current) => ({ ...current, body: event.target.value }))}
          className={fieldClasses("resize-y py-2 font-mono text-sm")}
          aria-invalid={!!errorFor(error, "body")}
          aria-describedby={describedBy(id("body"), { error: errorFor(error, "body") })}
        />
      </FormField>
      {other && <ErrorText>{other}</ErrorText>}
      {remove.error && <ErrorText>{refusalInWords(remove.error)}</ErrorText>}
      {confirmingRemoval && (
        <p role="status" className="text-sm text-ink">
          Remove {template.name}? Updates already posted from it keep their text.
        </p>
      )}
      <div className="flex flex-wrap items-center justify-end gap-3">
        {!changed && save.isSuccess && <p role="status" className="text-sm text-ok">Saved</p>}
        {confirmingRemoval ? (
          <>
            <button type="button" onClick={() => setConfirmingRemoval(false)} className={buttonClasses("secondary")}>
              Keep it
            </button>
            <button type="button" disabled={remove.isPending || refreshing} onClick={() => remove.mutate()} className={buttonClasses("secondary")}>
              {remove.isPending ? "Removing…" : "Remove template"}
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setConfirmingRemoval(true)} className={buttonClasses("secondary")}>
            Remove…
          </button>
        )}
        <button type="submit" disabled={save.isPending || !changed} className={buttonClasses("primary")}>
          {save.isPending ? "Saving…" : "Save template"}
        </button>
      </div>
    </form>
  );
}
