"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { MoveButtons } from "@/app/(app)/runbooks/[key]/components/move-buttons";
import { PhaseForm } from "@/app/(app)/runbooks/[key]/components/phase-form";
import { RunbookDetailsForm } from "@/app/(app)/runbooks/[key]/components/runbook-details-form";
import { RunbookPhase } from "@/app/(app)/runbooks/[key]/components/runbook-phase";
import { RunbookStep, StepNumber } from "@/app/(app)/runbooks/[key]/components/runbook-step";
import { StepForm } from "@/app/(app)/runbooks/[key]/components/step-form";
import { refusalInWords } from "@/components/forms/form-words";
import { api } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import type { RunbookPhaseWithSteps, RunbookStepWithService, RunbookWithSteps } from "@/lib/runbooks/data";
import type { RunbookView } from "@/lib/runbooks/present";

type Option = { key: string; name: string };

/** The one form open at a time: the runbook's details, a phase, a step, or a new one. */
type Editing = { kind: "runbook" } | { kind: "new-phase" } | { kind: "phase"; key: string } | { kind: "step"; id: string } | { kind: "new-step"; phaseKey: string } | null;

type Move = { path: string; position: number; announce: string; focusId: string };

const sameEditing = (a: Editing, b: Editing) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The runbook as a plan admin sees it: each phase and step with Edit, Move up and Move down, one
 * edit form open at a time. After a move, focus stays on the moved item and a live region says
 * where it now stands; after a form closes, focus goes back to what opened it.
 */
export function RunbookEditor({ runbook, services }: { runbook: RunbookWithSteps; services: Option[] }) {
  const router = useRouter();
  const [refreshing, startTransition] = useTransition();
  const [editing, setEditing] = useState<Editing>(null);
  const [announcement, setAnnouncement] = useState("");
  const focusNext = useRef<string | null>(null);
  const base = `/api/runbooks/${runbook.key}`;
  const phases = runbook.phases.map(({ key, name }) => ({ key, name }));

  // Once the page shows the saved runbook (or a form opened or closed), focus what the change names.
  useEffect(() => {
    if (refreshing || !focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  }, [refreshing, runbook, editing]);

  const settle = (announce: string, focusId: string) => {
    setEditing(null);
    setAnnouncement(announce);
    focusNext.current = focusId;
    startTransition(() => router.refresh());
  };
  const open = (what: Editing, firstField: string) => {
    focusNext.current = firstField;
    setEditing(what);
  };
  const close = (focusId: string) => {
    focusNext.current = focusId;
    setEditing(null);
  };

  const move = useMutation({
    mutationFn: ({ path, position }: Move) => api<RunbookView>(path, { method: "PATCH", body: { position } }),
    onSuccess: (_answer, { announce, focusId }) => settle(announce, focusId),
    onError: (error) => setAnnouncement(refusalInWords(error)),
  });
  const busy = move.isPending || refreshing;

  const phaseAdded = (answer: RunbookView, name: string) => {
    const added = answer.phases.find((phase) => !runbook.phases.some((known) => known.key === phase.key));
    settle(`Phase “${name}” added as phase ${added?.position} of ${answer.phases.length}.`, added ? `phase-${added.key}-edit` : "new-phase-open");
  };

  const stepAdded = (answer: RunbookView, phase: RunbookPhaseWithSteps) => {
    const steps = answer.phases.find((candidate) => candidate.key === phase.key)?.steps ?? [];
    const added = steps.find((step) => !phase.steps.some((known) => known.id === step.id));
    settle(
      added ? `Step “${added.title}” added as step ${added.position} of ${steps.length} in ${phase.name}.` : "Step added.",
      added ? `step-${added.id}-edit` : `phase-${phase.key}-add-step`,
    );
  };

  const renderStep = (phase: RunbookPhaseWithSteps, step: RunbookStepWithService, number: number) => {
    if (sameEditing(editing, { kind: "step", id: step.id })) {
      return (
        <li key={step.id} className="flex gap-3.5 px-5 py-4">
          <StepNumber number={number} />
          <div className="min-w-0 flex-1">
            <StepForm
              runbookKey={runbook.key}
              phase={phase}
              phases={phases}
              services={services}
              step={step}
              onSaved={(answer, removed, phaseKey) => {
                if (removed) return settle(`Step “${step.title}” removed from ${phase.name}.`, `phase-${phase.key}-add-step`);
                const moved = answer.phases.find((candidate) => candidate.key === phaseKey);
                const saved = moved?.steps.find((candidate) => candidate.id === step.id);
                settle(
                  phaseKey === phase.key || !moved || !saved ? "Step saved." : `Step saved and moved to ${moved.name}, as step ${saved.position} of ${moved.steps.length}.`,
                  `step-${step.id}-edit`,
                );
              }}
              onCancel={() => close(`step-${step.id}-edit`)}
            />
          </div>
        </li>
      );
    }
    return (
      <RunbookStep key={step.id} step={step} number={number}>
        <div className="mt-3 flex flex-wrap gap-0.5">
          <button type="button" id={`step-${step.id}-edit`} className={buttonClasses("secondary", "px-3")} onClick={() => open({ kind: "step", id: step.id }, `step-${step.id}-title`)}>
            Edit<span className="sr-only"> step {step.title}</span>
          </button>
          <MoveButtons
            idPrefix={`step-${step.id}`}
            what={`step ${step.title}`}
            position={number}
            count={phase.steps.length}
            busy={busy}
            onMove={(position, button) => {
              const edge = position === 1 ? "down" : position === phase.steps.length ? "up" : button;
              move.mutate({
                path: `${base}/steps/${step.id}`,
                position,
                announce: `Step “${step.title}” moved to position ${position} of ${phase.steps.length} in ${phase.name}.`,
                focusId: `step-${step.id}-${edge}`,
              });
            }}
          />
        </div>
      </RunbookStep>
    );
  };

  return (
    <div className="space-y-6">
      <p id="runbook-edit-announcement" role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
      <div className="rounded-xl border border-line bg-surface px-5 py-4">
        {sameEditing(editing, { kind: "runbook" }) ? (
          <RunbookDetailsForm
            runbook={runbook}
            onSaved={() => settle("Runbook saved.", "runbook-edit-open")}
            onCancel={() => close("runbook-edit-open")}
          />
        ) : (
          <div className="flex flex-wrap items-center justify-between gap-3">
            <p className="text-sm text-ink-muted">Each change makes a new version of the plan. Incidents already declared keep their checklist.</p>
            <button type="button" id="runbook-edit-open" className={buttonClasses("secondary")} onClick={() => open({ kind: "runbook" }, "runbook-title")}>
              Edit title and detection
            </button>
          </div>
        )}
      </div>
      {runbook.phases.map((phase, index) => (
        <RunbookPhase
          key={phase.id}
          phase={phase}
          actions={
            <div className="flex flex-wrap gap-1">
              <button type="button" id={`phase-${phase.key}-edit`} className={buttonClasses("secondary", "px-3")} onClick={() => open({ kind: "phase", key: phase.key }, `phase-${phase.key}-name`)}>
                Edit<span className="sr-only"> phase {phase.name}</span>
              </button>
              <MoveButtons
                idPrefix={`phase-${phase.key}`}
                what={`phase ${phase.name}`}
                position={index + 1}
                count={runbook.phases.length}
                busy={busy}
                onMove={(position, button) => {
                  const edge = position === 1 ? "down" : position === runbook.phases.length ? "up" : button;
                  move.mutate({
                    path: `${base}/phases/${phase.key}`,
                    position,
                    announce: `Phase “${phase.name}” moved to position ${position} of ${runbook.phases.length}.`,
                    focusId: `phase-${phase.key}-${edge}`,
                  });
                }}
              />
            </div>
          }
          editor={
            sameEditing(editing, { kind: "phase", key: phase.key }) && (
              <div className="border-b border-line px-5 py-4">
                <PhaseForm
                  runbookKey={runbook.key}
                  phase={phase}
                  onSaved={(_answer, removed) =>
                    removed ? settle(`Phase “${phase.name}” removed, with its steps.`, "new-phase-open") : settle("Phase saved.", `phase-${phase.key}-edit`)
                  }
                  onCancel={() => close(`phase-${phase.key}-edit`)}
                />
              </div>
            )
          }
          renderStep={(step, number) => renderStep(phase, step, number)}
        >
          <div className="border-t border-line px-5 py-3">
            {sameEditing(editing, { kind: "new-step", phaseKey: phase.key }) ? (
              <StepForm
                runbookKey={runbook.key}
                phase={phase}
                phases={phases}
                services={services}
                onSaved={(answer) => stepAdded(answer, phase)}
                onCancel={() => close(`phase-${phase.key}-add-step`)}
              />
            ) : (
              <button
                type="button"
                id={`phase-${phase.key}-add-step`}
                className={buttonClasses("quiet", "-ml-2 text-accent!")}
                onClick={() => open({ kind: "new-step", phaseKey: phase.key }, `new-step-${phase.key}-title`)}
              >
                + Add step<span className="sr-only"> to {phase.name}</span>
              </button>
            )}
          </div>
        </RunbookPhase>
      ))}
      <div className="rounded-xl border border-dashed border-line-strong px-5 py-4">
        {sameEditing(editing, { kind: "new-phase" }) ? (
          <PhaseForm runbookKey={runbook.key} onSaved={(answer, _removed, name) => phaseAdded(answer, name)} onCancel={() => close("new-phase-open")} />
        ) : (
          <button type="button" id="new-phase-open" className={buttonClasses("quiet", "-ml-2 text-accent!")} onClick={() => open({ kind: "new-phase" }, "new-phase-name")}>
            + Add phase
          </button>
        )}
      </div>
    </div>
  );
}
