"use client";
import { useState, type FormEvent } from "react";
import { plainMessage, toFormError } from "@/components/form-error";
import { useIncidentWrite } from "@/app/(app)/incidents/[id]/components/use-incident-write";
import { api } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import { fieldClasses } from "@/components/ui/field-classes";
import { describedBy, FormField } from "@/components/ui/form-field";

/**
 * For the commander: ends an incident that should never have been declared (a test, a duplicate, a
 * false alarm). A quiet link that opens a form asking why, so it is never clicked by a slip.
 */
export function DeclareInErrorForm({ incidentId }: { incidentId: string }) {
  const [open, setOpen] = useState(false);
  const declare = useIncidentWrite(incidentId, (reason: string) => api(`/api/incidents/${incidentId}/declared-in-error`, { body: { reason } }));
  const error = declare.error ? plainMessage(toFormError(declare.error)) : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    declare.mutate(String(new FormData(event.currentTarget).get("reason") ?? "").trim());
  }

  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} className={buttonClasses("quiet", "underline-offset-4 hover:underline")}>
        Declared in error…
      </button>
    );
  }
  return (
    <form onSubmit={submit} aria-label="Declare the incident in error" className="w-full space-y-3 rounded-lg border border-line bg-canvas p-3 sm:p-4">
      <p className="text-sm text-ink">
        The incident ends here and is kept in the history under “Declared in error”. Escalations and reminders stop, and it counts in no figure.
      </p>
      <FormField id="declared-in-error-reason" label="Why should it never have been declared?" error={error}>
        <textarea
          id="declared-in-error-reason"
          name="reason"
          required
          minLength={3}
          maxLength={1000}
          rows={2}
          aria-invalid={!!error}
          aria-describedby={describedBy("declared-in-error-reason", { error })}
          placeholder="A test declared on the live system"
          className={fieldClasses("py-2")}
        />
      </FormField>
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={declare.isPending} className={buttonClasses("secondary")}>
          Declare in error
        </button>
        <button type="button" onClick={() => { declare.reset(); setOpen(false); }} className={buttonClasses("quiet")}>
          Keep the incident
        </button>
      </div>
    </form>
  );
}
