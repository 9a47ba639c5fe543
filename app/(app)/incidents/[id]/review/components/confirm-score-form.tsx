"use client";
import type { z } from "zod";
import { ScoreChoices } from "@/app/(app)/incidents/[id]/review/components/score-choices";
import { SaveButtons } from "@/app/(app)/incidents/[id]/review/components/save-buttons";
import { useReviewWrite } from "@/app/(app)/incidents/[id]/review/components/use-review-write";
import { FormRefusal, SchemaField } from "@/components/forms/schema-field";
import { useSchemaForm } from "@/components/forms/use-schema-form";
import { api } from "@/components/live/api-client";
import { fieldClasses } from "@/components/ui/field-classes";
import { confirmCriterionSchema } from "@/lib/reviews/schema";
import type { CriterionView, ReviewView } from "@/lib/reviews/types";

/** The commander's confirmation, as the route takes it. */
export function useConfirmScore(incidentId: string, criterionKey: string) {
  return useReviewWrite(incidentId, (body: z.input<typeof confirmCriterionSchema>) =>
    api<ReviewView>(`/api/incidents/${incidentId}/review/criteria/${criterionKey}/confirmation`, { body }),
  );
}

/** The commander's own score: a score unlike the figures' suggestion needs a note saying why. */
export function ConfirmScoreForm({ incidentId, criterion, close }: { incidentId: string; criterion: CriterionView; close: () => void }) {
  const confirm = useConfirmScore(incidentId, criterion.key);
  const form = useSchemaForm({
    schema: confirmCriterionSchema,
    defaultValues: { met: criterion.met ?? (criterion.suggestion ? !criterion.suggestion.met : null), note: criterion.note ?? "" },
    whenEmpty: { met: "Choose a score." },
    send: async (input) => {
      await confirm.mutateAsync(input);
      close();
    },
  });
  const met = form.watch("met");
  const overriding = criterion.suggestion !== null && met !== null && met !== criterion.suggestion.met;
  const name = `confirm-${criterion.key}`;
  return (
    <form noValidate className="space-y-3" onSubmit={form.submit}>
      <ScoreChoices
        legend={`Your score for ${criterion.name}`}
        name={name}
        choices={[true, false]}
        value={met}
        onChange={(score) => form.setValue("met", score, { shouldValidate: form.formState.isSubmitted })}
        error={form.errorOf("met", "The score")}
      />
      <SchemaField
        form={form}
        name="note"
        id={`criterion-${criterion.key}-confirm-note`}
        called="The note"
        label={overriding ? "Why the figures do not settle it (required)" : "Note"}
      >
        {(control) => <textarea {...control} rows={2} className={fieldClasses("resize-y py-2")} />}
      </SchemaField>
      <FormRefusal form={form} />
      <SaveButtons pending={form.sending} onCancel={close} label="Confirm score" />
    </form>
  );
}
