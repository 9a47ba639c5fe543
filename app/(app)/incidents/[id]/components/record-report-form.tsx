"use client";
import { useObligationWrite } from "@/app/(app)/incidents/[id]/components/use-incident-obligations";
import { FormRefusal, SchemaField } from "@/components/forms/schema-field";
import { useSchemaForm } from "@/components/forms/use-schema-form";
import { api } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import { fieldClasses } from "@/components/ui/field-classes";
import { recordReportSchema } from "@/lib/obligations/schema";

export type RecordReportFormProps = { incidentId: string; obligationKey: string; deadline: { key: string; name: string } };
type Report = { deadline: string; reference: string | null; at?: string };

/** For the commander: the report was made. It may say when (if earlier) and the authority's reference. */
export function RecordReportForm({ incidentId, obligationKey, deadline, label, onClose }: RecordReportFormProps & { label: string; onClose: () => void }) {
  const record = useObligationWrite(incidentId, (body: Report) => api(`/api/incidents/${incidentId}/obligations/${obligationKey}/reports`, { body }));
  const form = useSchemaForm({
    schema: recordReportSchema,
    defaultValues: { reference: "", at: "" },
    // The browser reads its own local time; the server gets the instant.
    toInput: ({ reference, at }): Report => ({ deadline: deadline.key, reference: reference.trim() || null, ...(at ? { at: new Date(at).toISOString() } : {}) }),
    send: async (report) => {
      await record.mutateAsync(report as Report);
      onClose();
    },
  });
  const id = (part: string) => `report-${obligationKey}-${deadline.key}-${part}`;
  return (
    <form noValidate aria-label={label} className="w-full space-y-3 rounded-lg border border-line p-3" onSubmit={form.submit}>
      <SchemaField form={form} name="reference" id={id("reference")} label="Reference (optional)" called="The reference" hint="The authority's reference for the report, if it gave one.">
        {(control) => <input {...control} className={fieldClasses()} />}
      </SchemaField>
      <SchemaField form={form} name="at" id={id("at")} label="Made at (optional)" called="The time it was made" hint="Leave empty for now; your local time.">
        {(control) => <input {...control} type="datetime-local" className={fieldClasses("max-w-xs")} />}
      </SchemaField>
      <FormRefusal form={form} />
      <div className="flex flex-wrap justify-end gap-2">
        <button type="button" onClick={onClose} className={buttonClasses("quiet")}>
          Cancel
        </button>
        <button type="submit" disabled={form.sending} className={buttonClasses("primary")}>
          Record report
        </button>
      </div>
    </form>
  );
}
