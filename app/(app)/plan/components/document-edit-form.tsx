"use client";
import { FormRefusal } from "@/components/forms/schema-field";
import { usePlanEditForm } from "@/components/forms/use-plan-edit-form";
import { linesOf, PlanLinesField } from "@/components/plan-lines-field";
import { PlanSaveFooter } from "@/components/plan-save-footer";
import { asNumber, PlanTextField } from "@/components/plan-text-field";
import type { PlanDocument } from "@/lib/generated/prisma/client";
import { updatePlanDocumentSchema } from "@/lib/plan/schema";

const TEXTS = [
  { field: "title", label: "Title", called: "The title" },
  { field: "owner", label: "Owner", called: "The owner", hint: "The team or person who keeps the plan." },
  { field: "reviewFrequency", label: "Review frequency", called: "The review frequency", hint: "In words, as the plan says it: “Quarterly”." },
  { field: "approvedBy", label: "Approved by", called: "The approval", hint: "Name, title and date; empty while nobody has approved it." },
] as const;

type TextField = (typeof TEXTS)[number]["field"];

/** The plan document's details, edited by a plan admin. */
export function DocumentEditForm({ document }: { document: PlanDocument }) {
  const { form, refreshing } = usePlanEditForm({
    schema: updatePlanDocumentSchema,
    path: "/api/plan",
    defaultValues: {
      ...(Object.fromEntries(TEXTS.map(({ field }) => [field, document[field] ?? ""])) as Record<TextField, string>),
      reviewIntervalMonths: String(document.reviewIntervalMonths),
      distribution: document.distribution.join("\n"),
    },
    toInput: ({ reviewIntervalMonths, distribution, ...texts }) => ({
      ...texts,
      // Approval left empty: nobody has approved the plan yet.
      approvedBy: texts.approvedBy.trim() === "" ? null : texts.approvedBy,
      reviewIntervalMonths: asNumber(reviewIntervalMonths) ?? "",
      distribution: linesOf(distribution),
    }),
    whenEmpty: { title: "Give the plan a title.", owner: "Say who keeps the plan.", reviewFrequency: "Say how often the plan is reviewed.", reviewIntervalMonths: "Say how many months pass between reviews." },
  });
  const id = (field: string) => `plan-document-${field}`;

  return (
    <details className="mt-4 rounded-xl border border-line bg-surface p-4">
      <summary className="cursor-pointer text-sm font-medium text-accent">Edit the document details</summary>
      <form noValidate aria-label="Edit the document details" className="mt-4 space-y-4" onSubmit={form.submit}>
        {TEXTS.map(({ field, label, called, ...rest }) => (
          <PlanTextField key={field} form={form} name={field} id={id(field)} label={label} called={called} hint={"hint" in rest ? rest.hint : undefined} />
        ))}
        <PlanTextField
          form={form}
          name="reviewIntervalMonths"
          id={id("reviewIntervalMonths")}
          label="Months between reviews"
          called="The months between reviews"
          hint="The next review moves with it, counted from the last review."
          numeric
        />
        <PlanLinesField form={form} name="distribution" id={id("distribution")} label="Distribution" called="The distribution" hint="Who receives the plan, one a line." />
        <FormRefusal form={form} />
        <PlanSaveFooter label="Save details" saving={form.sending} saved={form.formState.isSubmitSuccessful} refreshing={refreshing} />
      </form>
    </details>
  );
}
