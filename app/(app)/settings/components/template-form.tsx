"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { AUDIENCE_LABELS } from "@/components/audience-labels";
import { refusalInWords } from "@/components/forms/form-words";
import { FormRefusal, SchemaField } from "@/components/forms/schema-field";
import { useSchemaForm } from "@/components/forms/use-schema-form";
import { api } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import { ErrorText } from "@/components/ui/error-text";
import { fieldClasses } from "@/components/ui/field-classes";
import { updateTemplateSchema } from "@/lib/communications/schema";
import type { Audience } from "@/lib/generated/prisma/enums";

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
  const [saved, setSaved] = useState({ name: template.name, subject: template.subject, body: template.body });
  const form = useSchemaForm({
    schema: updateTemplateSchema,
    defaultValues: saved,
    send: async (fields) => {
      const { name, subject, body } = await api<TemplateSummary>(`/api/communication-templates/${template.id}`, { method: "PUT", body: fields });
      // As the server keeps it (trimmed); a reset here would hide the "Saved" that follows.
      for (const [field, value] of Object.entries({ name, subject, body })) form.setValue(field as keyof typeof saved, value);
      setSaved({ name, subject, body });
    },
  });
  const id = (field: string) => `template-${template.key}-${field}`;
  const typed = form.watch();
  const changed = typed.name !== saved.name || typed.subject !== saved.subject || typed.body !== saved.body;

  return (
    <form noValidate aria-label={template.name} className="space-y-3 p-5" onSubmit={form.submit}>
      <p className="text-xs font-medium text-ink-muted uppercase">For {AUDIENCE_LABELS[template.audience].toLowerCase()}</p>
      <SchemaField form={form} name="name" id={id("name")} label="Name">
        {(control) => <input {...control} className={fieldClasses()} />}
      </SchemaField>
      <SchemaField form={form} name="subject" id={id("subject")} label="Headline">
        {(control) => <input {...control} className={fieldClasses()} />}
      </SchemaField>
      <SchemaField form={form} name="body" id={id("body")} label="Text">
        {(control) => <textarea {...control} rows={5} className={fieldClasses("resize-y py-2 font-mono text-sm")} />}
      </SchemaField>
      <FormRefusal form={form} />
      {remove.error && <ErrorText>{refusalInWords(remove.error)}</ErrorText>}
      {confirmingRemoval && (
        <p role="status" className="text-sm text-ink">
          Remove {template.name}? Updates already posted from it keep their text.
        </p>
      )}
      <div className="flex flex-wrap items-center justify-end gap-3">
        {!changed && form.formState.isSubmitSuccessful && <p role="status" className="text-sm text-ok">Saved</p>}
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
        <button type="submit" disabled={form.sending || !changed} className={buttonClasses("primary")}>
          {form.sending ? "Saving…" : "Save template"}
        </button>
      </div>
    </form>
  );
}
