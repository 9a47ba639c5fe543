"use client";
import { impactDetails } from "@/app/(app)/incidents/[id]/review/components/review-words";
import { EditableBlock } from "@/app/(app)/incidents/[id]/review/components/editable-block";
import { SaveButtons } from "@/app/(app)/incidents/[id]/review/components/save-buttons";
import { useState } from "react";
import { ReviewConflictNotice } from "@/app/(app)/incidents/[id]/review/components/review-conflict-notice";
import { reviewConflictOf, saveReview } from "@/app/(app)/incidents/[id]/review/components/save-review";
import { useReviewWrite } from "@/app/(app)/incidents/[id]/review/components/use-review-write";
import { FormRefusal, SchemaField } from "@/components/forms/schema-field";
import { useSchemaForm } from "@/components/forms/use-schema-form";
import { DetailList } from "@/components/ui/detail-list";
import { fieldClasses } from "@/components/ui/field-classes";
import { Section } from "@/components/ui/section";
import { updateReviewSchema } from "@/lib/reviews/schema";
import type { ReviewView } from "@/lib/reviews/types";

type Impact = Pick<ReviewView["review"], "downtimeMinutes" | "usersAffected" | "estimatedCost">;

const FIELDS: { name: keyof Impact; label: string; hint: string; step: string }[] = [
  { name: "downtimeMinutes", label: "Downtime, in minutes", hint: "How long users could not use the service.", step: "1" },
  { name: "usersAffected", label: "Users affected", hint: "An estimate is fine.", step: "1" },
  { name: "estimatedCost", label: "Estimated cost", hint: "Revenue lost and recovery spent, in the business's currency.", step: "0.01" },
];

const figuresOf = ({ downtimeMinutes, usersAffected, estimatedCost }: Impact): Impact => ({ downtimeMinutes, usersAffected, estimatedCost });

type ImpactFormProps = { incidentId: string; impact: Impact; version: number; close: () => void };

/** A figure as typed: empty is none recorded; anything else goes to the schema as a number, to be refused in words. */
const figureOf = (typed: string) => (typed.trim() === "" ? null : Number(typed));

function ImpactForm({ incidentId, impact, version, close }: ImpactFormProps) {
  // What this edit started from; after a refusal, what the other person saved, now seen.
  const [seen, setSeen] = useState({ version, values: figuresOf(impact) });
  const save = useReviewWrite(incidentId, (changes: Impact) => saveReview(incidentId, changes, seen));
  const conflict = reviewConflictOf(save.error);
  const form = useSchemaForm({
    schema: updateReviewSchema,
    defaultValues: Object.fromEntries(FIELDS.map(({ name }) => [name, impact[name]?.toString() ?? ""])) as Record<keyof Impact, string>,
    toInput: (typed) => Object.fromEntries(FIELDS.map(({ name }) => [name, figureOf(typed[name])])),
    send: async (changes) => {
      try {
        await save.mutateAsync(changes as Impact);
        close();
      } catch (refusal) {
        // Someone else's save is shown beside the form to bring the two together, not as a refusal.
        const current = reviewConflictOf(refusal);
        if (!current) throw refusal;
        setSeen({ version: current.version, values: figuresOf(current) });
      }
    },
  });
  return (
    <form noValidate className="space-y-4" onSubmit={form.submit}>
      {conflict && (
        <ReviewConflictNotice conflict={conflict}>
          <DetailList details={impactDetails(figuresOf(conflict)).map(({ label, value }) => ({ label, value: value ?? "Not recorded" }))} />
        </ReviewConflictNotice>
      )}
      <div className="grid gap-4 sm:grid-cols-3">
        {FIELDS.map(({ name, label, hint, step }) => (
          <SchemaField key={name} form={form} name={name} id={`impact-${name}`} label={label} hint={hint}>
            {(control) => <input {...control} type="number" min={0} step={step} inputMode="decimal" className={fieldClasses()} />}
          </SchemaField>
        ))}
      </div>
      <FormRefusal form={form} />
      <SaveButtons pending={form.sending} onCancel={close} />
    </form>
  );
}

/** What the incident cost the business (the plan's business impact metrics). */
type BusinessImpactProps = { incidentId: string; impact: Impact; version: number; canEdit: boolean };

export function BusinessImpact({ incidentId, impact, version, canEdit }: BusinessImpactProps) {
  return (
    <Section id="business-impact" title="Business impact">
      <div className="rounded-xl border border-line bg-surface p-4 sm:p-5">
        <EditableBlock
          label="business impact"
          canEdit={canEdit}
          view={
            <DetailList
              details={impactDetails(impact).map(({ label, value }) => ({
                label,
                value: value ?? <span className="text-ink-muted">Not recorded</span>,
              }))}
            />
          }
          form={(close) => <ImpactForm incidentId={incidentId} impact={impact} version={version} close={close} />}
        />
      </div>
    </Section>
  );
}
