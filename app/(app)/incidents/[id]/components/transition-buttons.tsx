"use client";
import dynamic from "next/dynamic";
import { useState } from "react";
import { FormOpening } from "@/components/forms/form-opening";
import { refusalInWords } from "@/components/forms/form-words";
import { useIncidentWrite } from "@/app/(app)/incidents/[id]/components/use-incident-write";
import { api } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import { ErrorText } from "@/components/ui/error-text";
import type { IncidentState } from "@/lib/generated/prisma/enums";
import { NEXT_STATES, STATE_LABELS } from "@/lib/incidents/state-machine";

// Asked for once, at the end: the dialog and what it reads of the incident load when it opens.
const ResolveDialog = dynamic(() => import("@/app/(app)/incidents/[id]/components/resolve-dialog").then((module) => module.ResolveDialog), {
  ssr: false,
  loading: FormOpening,
});

// The states in the order of the plan's path: a move to an earlier one is a step back.
const PATH = Object.keys(NEXT_STATES) as IncidentState[];

type TransitionButtonsProps = { incidentId: string; state: IncidentState; lastSeq: number };

/**
 * The moves the plan allows from here: forward ones stand out, a step back does not. Resolving
 * first shows what is still open and asks.
 */
export function TransitionButtons({ incidentId, state, lastSeq }: TransitionButtonsProps) {
  const [confirming, setConfirming] = useState(false);
  const move = useIncidentWrite(incidentId, (to: IncidentState) =>
    api(`/api/incidents/${incidentId}/transitions`, { body: { to } }),
  );
  const next = NEXT_STATES[state];
  if (!next.length) return null;
  const choose = (to: IncidentState) => (to === "resolved" ? (move.reset(), setConfirming(true)) : move.mutate(to));
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {next.map((to) => (
          <button
            key={to}
            type="button"
            onClick={() => choose(to)}
            disabled={move.isPending}
            aria-haspopup={to === "resolved" ? "dialog" : undefined}
            className={buttonClasses(PATH.indexOf(to) > PATH.indexOf(state) ? "primary" : "secondary")}
          >
            Move to {STATE_LABELS[to]}
          </button>
        ))}
      </div>
      {move.error && !confirming && <ErrorText>{refusalInWords(move.error)}</ErrorText>}
      {confirming && (
        <ResolveDialog
          incidentId={incidentId}
          lastSeq={lastSeq}
          resolving={move.isPending}
          error={move.error}
          onResolve={() => move.mutate("resolved", { onSuccess: () => setConfirming(false) })}
          onClose={() => setConfirming(false)}
        />
      )}
    </div>
  );
}
