"use client";
import { useState, type FormEvent } from "react";
import { errorFor, plainMessage, toFormError } from "@/components/form-error";
import { useIncidentWrite } from "@/app/(app)/incidents/[id]/components/use-incident-write";
import { api } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import { ErrorText } from "@/components/ui/error-text";
import { fieldClasses } from "@/components/ui/field-classes";
import { describedBy, FormField } from "@/components/ui/form-field";
import type { IncidentView } from "@/lib/incidents/types";

type Details = Pick<IncidentView, "id" | "title" | "summary" | "detectedAt" | "impactStartedAt">;

// Incident times are kept and shown in UTC; a datetime-local field carries no zone, so it is read as UTC.
const toField = (iso: string | null) => (iso ? iso.slice(0, 16) : "");
const fromField = (value: string) => (value ? new Date(`${value}:00Z`).toISOString() : null);

/** Only what differs from the incident as it stands is sent: each change is one line of the timeline's entry. */
function changesFrom(form: FormData, incident: Details) {
  const title = String(form.get("title") ?? "").trim();
  const summary = String(form.get("summary") ?? "").trim();
  const detectedAt = fromField(String(form.get("detectedAt") ?? ""));
  const impactStartedAt = fromField(String(form.get("impactStartedAt") ?? ""));
  return {
    ...(title !== incident.title && { title }),
    ...(summary !== (incident.summary ?? "") && { summary }),
    ...(detectedAt && toField(detectedAt) !== toField(incident.detectedAt) && { detectedAt }),
    ...(toField(impactStartedAt) !== toField(incident.impactStartedAt) && { impactStartedAt }),
  };
}

/** For the commander: the title, summary and times as they should have been; a new detection time moves the deadlines. */
export function EditDetailsForm({ incident }: { incident: Details }) {
  const [open, setOpen] = useState(false);
  const edit = useIncidentWrite(incident.id, (changes: Record<string, unknown>) =>
    api(`/api/incidents/${incident.id}/details`, { method: "PATCH", body: changes }),
  );
  const error = edit.error ? toFormError(edit.error) : null;
  const fieldError = (field: string) => errorFor(error, field);
  const known = ["title", "summary", "detectedAt", "impactStartedAt"].some((field) => fieldError(field));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    edit.mutate(changesFrom(new FormData(event.currentTarget), incident), { onSuccess: () => setOpen(false) });
  }

  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} className={buttonClasses("secondary")}>
        Edit details
      </button>
    );
  }
  const field = (id: string) => ({ id: `edit-${id}`, name: id, "aria-invalid": !!fieldError(id), "aria-describedby": describedBy(`edit-${id}`, { error: fieldError(id) }) });
  return (
    <form onSubmit={submit} aria-label="Edit the incident's details" className="w-full space-y-4 rounded-lg border border-line bg-canvas p-3 sm:p-4">
      <FormField id="edit-title" label="Title" error={fieldError("title")}>
        <input {...field("title")} defaultValue={incident.title} required minLength={3} maxLength={200} className={fieldClasses()} />
      </FormField>
      <FormField id="edit-summary" label="Summary" error={fieldError("summary")}>
        <textarea {...field("summary")} defaultValue={incident.summary ?? ""} rows={3} maxLength={2000} className={fieldClasses("py-2")} />
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="edit-detectedAt" label="Detected at (UTC)" hint="Moves every RTO deadline and the escalations still to come" error={fieldError("detectedAt")}>
          <input {...field("detectedAt")} type="datetime-local" defaultValue={toField(incident.detectedAt)} required className={fieldClasses()} />
        </FormField>
        <FormField id="edit-impactStartedAt" label="Impact started (UTC)" hint="If users were affected before detection" error={fieldError("impactStartedAt")}>
          <input {...field("impactStartedAt")} type="datetime-local" defaultValue={toField(incident.impactStartedAt)} className={fieldClasses()} />
        </FormField>
      </div>
      {error && !known && <ErrorText>{plainMessage(error)}</ErrorText>}
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={edit.isPending} className={buttonClasses("primary")}>
          Save details
        </button>
        <button type="button" onClick={() => { edit.reset(); setOpen(false); }} className={buttonClasses("quiet")}>
          Cancel
        </button>
      </div>
    </form>
  );
}
