"use client";
import { useState } from "react";
import { formatTimeOfDay } from "@/components/clock-format";
import { StepCheckbox, type TickProblem } from "@/app/(app)/incidents/[id]/components/step-checkbox";
import { StepStatusIcon } from "@/app/(app)/incidents/[id]/components/step-status-icon";
import { CommandBlock } from "@/components/command-block";
import { QueuedTickProblem } from "@/components/offline/queued-tick-problem";
import type { QueuedTick } from "@/components/offline/queue-entries";
import { useQueuedChanges } from "@/components/offline/use-queued-changes";
import { ErrorText } from "@/components/ui/error-text";
import type { ChecklistItemView } from "@/lib/incidents/types";

type ChecklistStepProps = {
  incidentId: string;
  item: ChecklistItemView;
  /** The signed-in user, when they may tick; null shows the state without a control. */
  worker: { id: string; name: string } | null;
};

/**
 * One step: its title names its checkbox. Open steps show what to do and the script to run; a step
 * held for a service that is still down looks held back, yet stays tickable: people decide.
 */
export function ChecklistStep({ incidentId, item, worker }: ChecklistStepProps) {
  const [problem, setProblem] = useState<TickProblem | null>(null);
  const queued = useQueuedChanges(incidentId).filter((change): change is QueuedTick => change.kind === "tick" && change.itemId === item.id);
  const waitingToSend = queued.find((tick) => !tick.problem);
  const id = `step-${item.id}`;
  const waiting = !item.done && item.waitingFor.length > 0;
  return (
    <li className={`flex gap-3 px-4 py-3.5 sm:px-5 ${waiting ? "bg-canvas" : ""}`}>
      {worker ? (
        <StepCheckbox incidentId={incidentId} item={item} me={worker} id={id} waiting={waitingToSend} onProblem={setProblem} />
      ) : (
        <StepStatusIcon done={item.done} />
      )}
      <div className="min-w-0 flex-1">
        {worker ? (
          <label htmlFor={id} className={`block cursor-pointer font-medium ${item.done || waiting ? "text-ink-muted" : "text-ink"}`}>
            {item.title}
          </label>
        ) : (
          <p className={`font-medium ${item.done || waiting ? "text-ink-muted" : "text-ink"}`}>{item.title}</p>
        )}
        {waiting && (
          <p className="mt-0.5 text-sm font-medium text-major">Waiting for {item.waitingFor.join(", ")}</p>
        )}
        {waitingToSend && (
          <p className="mt-0.5 text-sm font-medium text-accent">
            {waitingToSend.done ? "Ticked" : "Unticked"} on this device · waiting to send
          </p>
        )}
        {item.done ? (
          <p className="mt-1 text-sm text-ink-muted">
            Done by {item.doneBy?.name ?? "someone"}
            {item.doneAt && (
              <>
                {" · "}
                <time dateTime={item.doneAt} className="tabular-nums">
                  {formatTimeOfDay(item.doneAt)}
                </time>
              </>
            )}
          </p>
        ) : (
          <div className={waiting ? "opacity-75" : undefined}>
            {item.details.length > 0 && (
              <ul className="mt-1.5 list-disc space-y-0.5 pl-5 text-sm text-ink-muted marker:text-line-strong">
                {item.details.map((detail) => (
                  <li key={detail}>{detail}</li>
                ))}
              </ul>
            )}
            {item.command && <CommandBlock command={item.command} />}
          </div>
        )}
        {queued.map((tick) => tick.problem && <QueuedTickProblem key={tick.order} tick={tick} />)}
        {problem?.kind === "refused" && (
          <div className="mt-2">
            <ErrorText>{problem.message}</ErrorText>
          </div>
        )}
        {problem?.kind === "conflict" && (
          <p role="status" className="mt-2 text-sm text-major">
            {problem.message}
          </p>
        )}
      </div>
    </li>
  );
}
