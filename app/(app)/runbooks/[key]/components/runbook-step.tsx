import type { ReactNode } from "react";
import { CommandBlock } from "@/components/command-block";
import type { RunbookStepWithService } from "@/lib/runbooks/data";

/** A step: its number, what to do, its script and the service it brings back; `children` below (a plan admin's controls). */
export function RunbookStep({ step, number, children }: { step: RunbookStepWithService; number: number; children?: ReactNode }) {
  return (
    <li className="flex gap-3.5 px-5 py-4">
      <StepNumber number={number} />
      <div className="min-w-0 flex-1">
        <p className="font-medium text-ink">{step.title}</p>
        {step.details.length > 0 && (
          <ul className="mt-1.5 list-disc space-y-0.5 pl-5 text-sm text-ink-muted marker:text-line-strong">
            {step.details.map((detail) => (
              <li key={detail}>{detail}</li>
            ))}
          </ul>
        )}
        {step.command && <CommandBlock command={step.command} />}
        {step.service && <p className="mt-2 text-xs text-ink-muted">Brings back: {step.service.name}</p>}
        {children}
      </div>
    </li>
  );
}

export function StepNumber({ number }: { number: number }) {
  return (
    <span
      aria-hidden="true"
      className="mt-px grid size-6 shrink-0 place-items-center rounded-full bg-surface-muted text-xs font-semibold text-ink-muted tabular-nums"
    >
      {number}
    </span>
  );
}
