"use client";
import { useState } from "react";
import { linesOf, PlanLinesField } from "@/components/plan-lines-field";
import { RunbookForm } from "@/app/(app)/runbooks/[key]/components/runbook-form";
import { errorFor } from "@/components/form-error";
import { PlanTextField } from "@/components/plan-text-field";
import type { RunbookWithSteps } from "@/lib/runbooks/data";
import type { RunbookView } from "@/lib/runbooks/present";
import { updateRunbookSchema } from "@/lib/runbooks/schema";
import { parseInput } from "@/lib/validation";

/** A runbook's title, the situation it is for, and the signals that show it. */
export function RunbookDetailsForm({ runbook, onSaved, onCancel }: { runbook: RunbookWithSteps; onSaved: (answer: RunbookView) => void; onCancel: () => void }) {
  const [title, setTitle] = useState(runbook.title);
  const [situation, setSituation] = useState(runbook.situation ?? "");
  const [detection, setDetection] = useState(runbook.detection.join("\n"));
  const id = (field: string) => `runbook-${field}`;

  return (
    <RunbookForm
      label={`Edit ${runbook.title}`}
      submitLabel="Save runbook"
      fields={["title", "situation", "detection"]}
      write={() => ({
        path: `/api/runbooks/${runbook.key}`,
        method: "PATCH",
        body: parseInput(updateRunbookSchema, { title, situation: situation.trim() || null, detection: linesOf(detection) }),
      })}
      onSaved={onSaved}
      onCancel={onCancel}
    >
      {(error) => (
        <>
          <PlanTextField id={id("title")} label="Title" value={title} onChange={setTitle} error={errorFor(error, "title")} />
          <PlanTextField id={id("situation")} label="Situation" hint="The plan's “Scenario:” line." value={situation} onChange={setSituation} error={errorFor(error, "situation")} />
          <PlanLinesField id={id("detection")} label="Detection signals" lines={detection} onChange={setDetection} error={errorFor(error, "detection")} />
        </>
      )}
    </RunbookForm>
  );
}
