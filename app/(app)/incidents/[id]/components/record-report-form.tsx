"use client";
import { useState } from "react";
import { useObligationWrite } from "@/app/(app)/incidents/[id]/components/use-incident-obligations";
import { errorFor, toFormError } from "@/components/form-error";
import { api } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import { ErrorText } from "@/components/ui/error-text";
import { fieldClasses } from "@/components/ui/field-classes";
import { describedBy, FormField } from "@/components/ui/form-field";

type RecordReportFormProps = { incidentId: string; obligationKey: string; deadline: { key: string; name: string } };

/** For the commander: the report was made. It may say when (if earlier) and the authority's reference. */
export function RecordReportForm({ incidentId, obligationKey, deadline }: RecordReportFormProps) {
  const [open, setOpen] = useState(false);
  const [reference, setReference] = useState("");
  const [madeAt, setMadeAt] = useState("");
  const record = useObligationWrite(incidentId, (body: { deadline: string; reference: string | null; at?: string }) =>
    api(`/api/incidents/${incidentId}/obligations/${obligationKey}/reports`, { body }),
  );
  const refusal = record.error ? toFormError(record.error) : null;
  const id = (part: string) => `report-${obligationKey}-${deadline.key}-${part}`;
  const label = `Record the ${deadline.name.toLowerCase()}`;
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} className={buttonClasses("secondary")}>
        {label}
      </button>
    );
  }
  const atError = errorFor(refusal, "at");
  const referenceError = errorFor(refusal, "reference");
  return (
    <form
      noValidate
      aria-label={label}
      className="w-full space-y-3 rounded-lg border border-line p-3"
      onSubmit={(event) => {
        event.preventDefault();
        // The browser reads its own local time; the server gets the instant.
        record.mutate({ deadline: deadline.key, reference: reference.trim() || null, ...(madeAt ? { at: new Date(madeAt).toISOString() } : {}) }, { onSuccess: () => setOpen(false) });
      }}
    >
      <FormField id={id("reference")} label="Reference (optional)" hint="The authority's reference for the report, if it gave one." error={referenceError}>
        <input id={id("reference")} value={reference} onChange={(event) => setReference(event.target.value)} aria-invalid={!!referenceError} aria-describedby={describedBy(id("reference"), { hint: true, error: referenceError })} className={fieldClasses()} />
      </FormField>
      <FormField id={id("at")} label="Made at (optional)" hint="Leave empty for now; your local time." error={atError}>
        <input id={id("at")} type="datetime-local" value={madeAt} onChange={(event) => setMadeAt(event.target.value)} aria-invalid={!!atError} aria-describedby={describedBy(id("at"), { hint: true, error: atError })} className={fieldClasses("max-w-xs")} />
      </FormField>
      {refusal && !atError && !referenceError && <ErrorText>{refusal.message}</ErrorText>}
      <div className="flex flex-wrap justify-end gap-2">
        <button type="button" onClick={() => setOpen(false)} className={buttonClasses("quiet")}>
          Cancel
        </button>
        <button type="submit" disabled={record.isPending} className={buttonClasses("primary")}>
          Record report
        </button>
      </div>
    </form>
  );
}
