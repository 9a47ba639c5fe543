"use client";
import { useState } from "react";
import { RunbookForm } from "@/app/(app)/runbooks/[key]/components/runbook-form";
import { errorFor } from "@/components/form-error";
import { asNumber, PlanTextField } from "@/components/plan-text-field";
import { fieldClasses } from "@/components/ui/field-classes";
import { FormField } from "@/components/ui/form-field";
import type { WindowAnchor } from "@/lib/generated/prisma/enums";
import type { RunbookPhaseWithSteps } from "@/lib/runbooks/data";
import type { RunbookView } from "@/lib/runbooks/present";
import { addPhaseSchema, updatePhaseSchema } from "@/lib/runbooks/schema";
import { parseInput } from "@/lib/validation";

type PhaseFormProps = {
  runbookKey: string;
  /** The phase to edit; a new phase without one. */
  phase?: RunbookPhaseWithSteps;
  onSaved: (answer: RunbookView, removed: boolean, name: string) => void;
  onCancel: () => void;
};

/** A phase's name and time window: minutes from the incident's detection or the services' recovery. */
export function PhaseForm({ runbookKey, phase, onSaved, onCancel }: PhaseFormProps) {
  const [name, setName] = useState(phase?.name ?? "");
  const [start, setStart] = useState(phase?.windowStartMinutes?.toString() ?? "");
  const [end, setEnd] = useState(phase?.windowEndMinutes?.toString() ?? "");
  const [anchor, setAnchor] = useState<WindowAnchor>(phase?.windowAnchor ?? "detection");
  const id = (field: string) => `${phase ? `phase-${phase.key}` : "new-phase"}-${field}`;
  const fields = { name, windowStartMinutes: asNumber(start), windowEndMinutes: asNumber(end), windowAnchor: anchor };

  return (
    <RunbookForm
      label={phase ? `Edit phase ${phase.name}` : "New phase"}
      submitLabel={phase ? "Save phase" : "Add phase"}
      fields={["name", "windowStartMinutes", "windowEndMinutes", "windowAnchor"]}
      write={() =>
        phase
          ? { path: `/api/runbooks/${runbookKey}/phases/${phase.key}`, method: "PATCH", body: parseInput(updatePhaseSchema, fields) }
          : { path: `/api/runbooks/${runbookKey}/phases`, method: "POST", body: parseInput(addPhaseSchema, fields) }
      }
      removal={phase && { label: "Remove phase", write: { path: `/api/runbooks/${runbookKey}/phases/${phase.key}`, method: "DELETE" } }}
      onSaved={(answer, removed) => onSaved(answer, removed, name.trim())}
      onCancel={onCancel}
    >
      {(error) => (
        <>
          <PlanTextField id={id("name")} label="Name" value={name} onChange={setName} error={errorFor(error, "name")} />
          <div className="grid gap-4 sm:grid-cols-3">
            <PlanTextField id={id("start")} label="Starts (minutes)" numeric value={start} onChange={setStart} error={errorFor(error, "windowStartMinutes")} />
            <PlanTextField id={id("end")} label="Ends (minutes)" hint="Empty for open-ended." numeric value={end} onChange={setEnd} error={errorFor(error, "windowEndMinutes")} />
            <FormField id={id("anchor")} label="Counted from" error={errorFor(error, "windowAnchor")}>
              <select id={id("anchor")} value={anchor} onChange={(event) => setAnchor(event.target.value as WindowAnchor)} className={fieldClasses()}>
                <option value="detection">Detection</option>
                <option value="recovery">Recovery</option>
              </select>
            </FormField>
          </div>
        </>
      )}
    </RunbookForm>
  );
}
