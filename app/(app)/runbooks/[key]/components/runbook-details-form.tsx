"use client";
import { RunbookForm } from "@/app/(app)/runbooks/[key]/components/runbook-form";
import { useSchemaForm } from "@/components/forms/use-schema-form";
import { api } from "@/components/live/api-client";
import { linesOf, PlanLinesField } from "@/components/plan-lines-field";
import { PlanTextField } from "@/components/plan-text-field";
import type { RunbookWithSteps } from "@/lib/runbooks/data";
import type { RunbookView } from "@/lib/runbooks/present";
import { updateRunbookSchema } from "@/lib/runbooks/schema";

/** A runbook's title, the situation it is for, and the signals that show it. */
export function RunbookDetailsForm({ runbook, onSaved, onCancel }: { runbook: RunbookWithSteps; onSaved: (answer: RunbookView) => void; onCancel: () => void }) {
  const form = useSchemaForm({
    schema: updateRunbookSchema,
    defaultValues: { title: runbook.title, situation: runbook.situation ?? "", detection: runbook.detection.join("\n") },
    toInput: ({ title, situation, detection }) => ({ title, situation: situation.trim() || null, detection: linesOf(detection) }),
    whenEmpty: { title: "Give the runbook a title." },
    send: async (input) => onSaved(await api<RunbookView>(`/api/runbooks/${runbook.key}`, { method: "PATCH", body: input })),
  });
  const id = (field: string) => `runbook-${field}`;

  return (
    <RunbookForm label={`Edit ${runbook.title}`} submitLabel="Save runbook" form={form} onCancel={onCancel}>
      <PlanTextField form={form} name="title" id={id("title")} label="Title" called="The title" />
      <PlanTextField form={form} name="situation" id={id("situation")} label="Situation" called="The situation" hint="The plan's “Scenario:” line." />
      <PlanLinesField form={form} name="detection" id={id("detection")} label="Detection signals" called="The list of detection signals" />
    </RunbookForm>
  );
}
