"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { errorFor, toFormError } from "@/components/form-error";
import { api } from "@/components/live/api-client";
import { linesOf, PlanLinesField } from "@/components/plan-lines-field";
import { PlanSaveFooter } from "@/components/plan-save-footer";
import { PlanTextField } from "@/components/plan-text-field";
import { ErrorText } from "@/components/ui/error-text";
import type { PlanDocument } from "@/lib/generated/prisma/client";
import { updatePlanDocumentSchema } from "@/lib/plan/schema";
import { parseInput } from "@/lib/validation";

const TEXTS = [
  { field: "title", label: "Title" },
  { field: "owner", label: "Owner", hint: "The team or person who keeps the plan." },
  { field: "reviewFrequency", label: "Review frequency", hint: "In words, as the plan says it: “Quarterly”." },
  { field: "approvedBy", label: "Approved by", hint: "Name, title and date; empty while nobody has approved it." },
] as const;

type TextField = (typeof TEXTS)[number]["field"];
const FIELDS = [...TEXTS.map(({ field }) => field), "reviewIntervalMonths", "distribution"];

/** The plan document's details, edited by a plan admin. */
export function DocumentEditForm({ document }: { document: PlanDocument }) {
  const router = useRouter();
  const [refreshing, startTransition] = useTransition();
  const [texts, setTexts] = useState<Record<TextField, string>>(
    () => Object.fromEntries(TEXTS.map(({ field }) => [field, document[field] ?? ""])) as Record<TextField, string>,
  );
  const [reviewInterval, setReviewInterval] = useState(String(document.reviewIntervalMonths));
  const [distribution, setDistribution] = useState(document.distribution.join("\n"));
  const save = useMutation({
    mutationFn: () => {
      const months = reviewInterval.trim();
      const input = {
        ...texts,
        // Approval left empty: nobody has approved the plan yet.
        approvedBy: texts.approvedBy.trim() === "" ? null : texts.approvedBy,
        reviewIntervalMonths: /^\d+$/.test(months) ? Number(months) : months,
        distribution: linesOf(distribution),
      };
      return api("/api/plan", { method: "PATCH", body: parseInput(updatePlanDocumentSchema, input) });
    },
    onSuccess: () => startTransition(() => router.refresh()),
  });
  const error = save.error ? toFormError(save.error) : null;
  const id = (field: string) => `plan-document-${field}`;
  const other = error && !FIELDS.some((field) => errorFor(error, field)) ? error.message : null;

  return (
    <details className="mt-4 rounded-xl border border-line bg-surface p-4">
      <summary className="cursor-pointer text-sm font-medium text-accent">Edit the document details</summary>
      <form
        noValidate
        aria-label="Edit the document details"
        className="mt-4 space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        {TEXTS.map(({ field, label, ...rest }) => (
          <PlanTextField
            key={field}
            id={id(field)}
            label={label}
            hint={"hint" in rest ? rest.hint : undefined}
            value={texts[field]}
            onChange={(value) => setTexts((current) => ({ ...current, [field]: value }))}
            error={errorFor(error, field)}
          />
        ))}
        <PlanTextField
          id={id("reviewIntervalMonths")}
          label="Months between reviews"
          hint="The next review moves with it, counted from the last review."
          numeric
          value={reviewInterval}
          onChange={setReviewInterval}
          error={errorFor(error, "reviewIntervalMonths")}
        />
        <PlanLinesField
          id={id("distribution")}
          label="Distribution"
          hint="Who receives the plan, one a line."
          lines={distribution}
          onChange={setDistribution}
          error={errorFor(error, "distribution")}
        />
        {other && <ErrorText>{other}</ErrorText>}
        <PlanSaveFooter label="Save details" saving={save.isPending} saved={save.isSuccess} refreshing={refreshing} />
      </form>
    </details>
  );
}
