"use client";
import { impactDetails } from "@/app/(app)/incidents/[id]/review/components/review-words";
import { EditableBlock } from "@/app/(app)/incidents/[id]/review/components/editable-block";
import { SaveButtons } from "@/app/(app)/incidents/[id]/review/components/save-buttons";
import { useState } from "react";
import { ReviewConflictNotice } from "@/app/(app)/incidents/[id]/review/components/review-conflict-notice";
import { reviewConflictOf, saveReview } from "@/app/(app)/incidents/[id]/review/components/save-review";
import { useReviewWrite } from "@/app/(app)/incidents/[id]/review/components/use-review-write";
import { errorFor, toFormError } from "@/components/form-error";
import { DetailList } from "@/components/ui/detail-list";
import { ErrorText } from "@/components/ui/error-text";
import { fieldClasses } from "@/components/ui/field-classes";
import { describedBy, FormField } from "@/components/ui/form-field";
import { Section } from "@/components/ui/section";
import type { ReviewView } from "@/lib/reviews/types";

type Impact = Pick<ReviewView["review"], "downtimeMinutes" | "usersAffected" | "estimatedCost">;

const FIELDS: { name: keyof Impact; label: string; hint: string; step: string }[] = [
  { name: "downtimeMinutes", label: "Downtime, in minutes", hint: "How long users could not use the service.", step: "1" },
  { name: "usersAffected", label: "Users affected", hint: "An estimate is fine.", step: "1" },
  { name: "estimatedCost", label: "Estimated cost", hint: "Revenue lost and recovery spent, in the business's currency.", step: "0.01" },
];

const figuresOf = ({ downtimeMinutes, usersAffected, estimatedCost }: Impact): Impact => ({ downtimeMinutes, usersAffected, estimatedCost });

type ImpactFormProps = { incidentId: string; impact: Impact; version: number; close: () => void };

function ImpactForm({ incidentId, impact, version, close }: ImpactFormProps) {
  // What this edit started from; after a refusal, what the other person saved, now seen.
  const [seen, setSeen] = useState({ version, values: figuresOf(impact) });
  const save = useReviewWrite(incidentId, (changes: Impact) => saveReview(incidentId, changes, seen));
  const conflict = reviewConflictOf(save.error);
  const error = save.error && !conflict ? toFormError(save.error) : null;
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const value = (name: string) => (String(form.get(name) ?? "").trim() === "" ? null : Number(form.get(name)));
        save.mutate(Object.fromEntries(FIELDS.map(({ name }) => [name, value(name)])) as Impact, {
          onSuccess: close,
          onError: (refusal) => {
            const current = reviewConflictOf(refusal);
            if (current) setSeen({ version: current.version, values: figuresOf(current) });
          },
        });
      }}
    >
      {conflict && (
        <ReviewConflictNotice conflict={conflict}>
          <DetailList details={impactDetails(figuresOf(conflict)).map(({ label, value }) => ({ label, value: value ?? "Not recorded" }))} />
        </ReviewConflictNotice>
      )}
      <div className="grid gap-4 sm:grid-cols-3">
        {FIELDS.map(({ name, label, hint, step }) => {
          const id = `impact-${name}`;
          const fieldError = errorFor(error, name);
          return (
            <FormField key={name} id={id} label={label} hint={hint} error={fieldError}>
              <input
                id={id}
                name={name}
                type="number"
                min={0}
                step={step}
                inputMode="decimal"
                defaultValue={impact[name] ?? ""}
                aria-invalid={fieldError ? true : undefined}
                aria-describedby={describedBy(id, { hint, error: fieldError })}
                className={fieldClasses()}
              />
            </FormField>
          );
        })}
      </div>
      {error && !error.field && <ErrorText>{error.message}</ErrorText>}
      <SaveButtons pending={save.isPending} onCancel={close} />
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
