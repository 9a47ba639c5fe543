"use client";
import dynamic from "next/dynamic";
import { useState } from "react";
import { buttonClasses } from "@/components/ui/button-classes";

// Opened by a button, and it validates in the browser: the form and its validation library load
// when the commander asks for it, not with the page.
const EscalationReasonForm = dynamic(
  () => import("@/app/(app)/incidents/[id]/components/escalation-reason-form").then((module) => module.EscalationReasonForm),
  { ssr: false },
);

type Action = "pause" | "resume" | "escalate";

const LABELS: Record<Action, string> = {
  pause: "Pause escalation",
  resume: "Resume escalation",
  escalate: "Escalate now",
};

type EscalationControlsProps = { incidentId: string; paused: boolean; levelsLeft: boolean };

/** For the commander: hold the escalation clock, restart it, or bring in the next level now, each with a reason. */
export function EscalationControls({ incidentId, paused, levelsLeft }: EscalationControlsProps) {
  const [open, setOpen] = useState<Action | null>(null);
  const actions: Action[] = [paused ? "resume" : "pause", ...(levelsLeft ? (["escalate"] as const) : [])];
  if (open) {
    return <EscalationReasonForm incidentId={incidentId} action={open} submitLabel={LABELS[open]} onDone={() => setOpen(null)} />;
  }
  return (
    <div className="flex flex-wrap gap-2">
      {actions.map((action) => (
        <button key={action} type="button" onClick={() => setOpen(action)} className={buttonClasses("secondary")}>
          {LABELS[action]}
        </button>
      ))}
    </div>
  );
}
