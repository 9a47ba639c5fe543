"use client";
import { useIncidentWrite } from "@/app/(app)/incidents/[id]/components/use-incident-write";
import { SchemaField, SendOrClose } from "@/components/forms/schema-field";
import { useSchemaForm } from "@/components/forms/use-schema-form";
import { api } from "@/components/live/api-client";
import { fieldClasses } from "@/components/ui/field-classes";
import { declareInErrorSchema } from "@/lib/incidents/schema";

export function DeclareInErrorFields({ incidentId, close }: { incidentId: string; close: () => void }) {
  const declare = useIncidentWrite(incidentId, (reason: string) => api(`/api/incidents/${incidentId}/declared-in-error`, { body: { reason } }));
  const form = useSchemaForm({
    schema: declareInErrorSchema,
    defaultValues: { reason: "" },
    toInput: ({ reason }) => ({ reason: reason.trim() }),
    whenEmpty: { reason: "Say why the incident should never have been declared." },
    send: ({ reason }) => declare.mutateAsync(reason),
  });
  return (
    <form onSubmit={form.submit} noValidate aria-label="Declare the incident in error" className="w-full space-y-3 rounded-lg border border-line bg-canvas p-3 sm:p-4">
      <p className="text-sm text-ink">
        The incident ends here and is kept in the history under “Declared in error”. Escalations and reminders stop, and it counts in no figure.
      </p>
      <SchemaField form={form} name="reason" id="declared-in-error-reason" label="Why should it never have been declared?" called="The reason">
        {(control) => <textarea {...control} maxLength={1000} rows={2} placeholder="A test declared on the live system" className={fieldClasses("py-2")} />}
      </SchemaField>
      <SendOrClose form={form} send="Declare in error" close="Keep the incident" onClose={close} tone="secondary" />
    </form>
  );
}
