"use client";
import { useReviewWrite } from "@/app/(app)/incidents/[id]/review/components/use-review-write";
import { FormRefusal, SchemaField } from "@/components/forms/schema-field";
import { useSchemaForm } from "@/components/forms/use-schema-form";
import { api } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import { fieldClasses } from "@/components/ui/field-classes";
import { addFindingSchema } from "@/lib/reviews/schema";
import type { ReviewView } from "@/lib/reviews/types";

/** A new finding, in the words of whoever saw it. */
export function AddFindingForm({ incidentId }: { incidentId: string }) {
  const add = useReviewWrite(incidentId, (body: { text: string }) => api<ReviewView>(`/api/incidents/${incidentId}/review/findings`, { body }));
  const form = useSchemaForm({
    schema: addFindingSchema,
    defaultValues: { text: "" },
    whenEmpty: { text: "Write the finding before adding it." },
    send: async (finding) => {
      await add.mutateAsync(finding);
      form.setValue("text", "");
    },
  });
  return (
    <form noValidate className="space-y-3 rounded-xl border border-line bg-surface p-4 sm:p-5 print:hidden" onSubmit={form.submit}>
      <SchemaField form={form} name="text" id="finding-text" label="Add a finding" called="The finding">
        {(control) => <textarea {...control} rows={2} className={fieldClasses("resize-y py-2")} />}
      </SchemaField>
      <FormRefusal form={form} />
      <button type="submit" disabled={form.sending} className={buttonClasses("primary")}>
        Add finding
      </button>
    </form>
  );
}
