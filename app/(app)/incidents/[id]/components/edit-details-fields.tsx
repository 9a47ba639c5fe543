"use client";
import { useIncidentWrite } from "@/app/(app)/incidents/[id]/components/use-incident-write";
import { SchemaField, SendOrClose } from "@/components/forms/schema-field";
import { useSchemaForm } from "@/components/forms/use-schema-form";
import { api } from "@/components/live/api-client";
import { fieldClasses } from "@/components/ui/field-classes";
import { editIncidentDetailsSchema, type EditIncidentDetailsInput } from "@/lib/incidents/schema";
import type { IncidentView } from "@/lib/incidents/types";

export type Details = Pick<IncidentView, "id" | "title" | "summary" | "detectedAt" | "impactStartedAt" | "bridgeUrl">;
type Typed = { title: string; summary: string; detectedAt: string; impactStartedAt: string; bridgeUrl: string };

// Incident times are kept and shown in UTC; a datetime-local field carries no zone, so it is read as UTC.
const toField = (iso: string | null) => (iso ? iso.slice(0, 16) : "");
const fromField = (value: string) => (value ? new Date(`${value}:00Z`).toISOString() : null);

/**
 * Only what differs from the incident as it stands is sent: each change is one line of the
 * timeline's entry. A detection time emptied goes as null, for the schema to refuse: it is required.
 */
function changesFrom(typed: Typed, incident: Details) {
  const title = typed.title.trim();
  const summary = typed.summary.trim();
  const detectedAt = fromField(typed.detectedAt);
  const impactStartedAt = fromField(typed.impactStartedAt);
  const bridgeUrl = typed.bridgeUrl.trim();
  return {
    ...(title !== incident.title && { title }),
    ...(summary !== (incident.summary ?? "") && { summary }),
    ...(toField(detectedAt) !== toField(incident.detectedAt) && { detectedAt }),
    ...(toField(impactStartedAt) !== toField(incident.impactStartedAt) && { impactStartedAt }),
    ...(bridgeUrl !== (incident.bridgeUrl ?? "") && { bridgeUrl: bridgeUrl || null }),
  };
}

export function EditDetailsFields({ incident, close }: { incident: Details; close: () => void }) {
  const edit = useIncidentWrite(incident.id, (changes: EditIncidentDetailsInput) =>
    api(`/api/incidents/${incident.id}/details`, { method: "PATCH", body: changes }),
  );
  const form = useSchemaForm({
    schema: editIncidentDetailsSchema,
    defaultValues: { title: incident.title, summary: incident.summary ?? "", detectedAt: toField(incident.detectedAt), impactStartedAt: toField(incident.impactStartedAt), bridgeUrl: incident.bridgeUrl ?? "" },
    toInput: (typed) => changesFrom(typed, incident),
    whenEmpty: { title: "Give the incident a title.", detectedAt: "Give the time the incident was detected." },
    send: async (changes) => {
      await edit.mutateAsync(changes);
      close();
    },
  });
  return (
    <form onSubmit={form.submit} noValidate aria-label="Edit the incident's details" className="w-full space-y-4 rounded-lg border border-line bg-canvas p-3 sm:p-4">
      <SchemaField form={form} name="title" id="edit-title" label="Title">
        {(control) => <input {...control} maxLength={200} className={fieldClasses()} />}
      </SchemaField>
      <SchemaField form={form} name="summary" id="edit-summary" label="Summary">
        {(control) => <textarea {...control} rows={3} maxLength={2000} className={fieldClasses("py-2")} />}
      </SchemaField>
      <div className="grid gap-4 sm:grid-cols-2">
        <SchemaField form={form} name="detectedAt" id="edit-detectedAt" label="Detected at (UTC)" called="The detection time" hint="Moves every RTO deadline and the escalations still to come">
          {(control) => <input {...control} type="datetime-local" className={fieldClasses()} />}
        </SchemaField>
        <SchemaField form={form} name="impactStartedAt" id="edit-impactStartedAt" label="Impact started (UTC)" called="The impact start" hint="If users were affected before detection">
          {(control) => <input {...control} type="datetime-local" className={fieldClasses()} />}
        </SchemaField>
      </div>
      <SchemaField form={form} name="bridgeUrl" id="edit-bridgeUrl" label="Conference bridge" called="The bridge link" hint="A Zoom, Teams or Meet link, or a dial-in page: shown at the top of the war room and on every message">
        {(control) => <input {...control} type="url" inputMode="url" placeholder="https://meet.example.com/incident" className={fieldClasses()} />}
      </SchemaField>
      <SendOrClose form={form} send="Save details" onClose={close} />
    </form>
  );
}
