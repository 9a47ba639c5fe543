"use client";
import { toFormError } from "@/components/form-error";
import { useIncidentWrite } from "@/app/(app)/incidents/[id]/components/use-incident-write";
import { api } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import { ErrorText } from "@/components/ui/error-text";
import type { IncidentState } from "@/lib/generated/prisma/enums";
import { NEXT_STATES, STATE_LABELS } from "@/lib/incidents/state-machine";

// The states in the order of the plan's path: a move to an earlier one is a step back.
const PATH = Object.keys(NEXT_STATES) as IncidentState[];

/** The moves the plan allows from here: forward ones stand out, a step back does not. */
export function TransitionButtons({ incidentId, state }: { incidentId: string; state: IncidentState }) {
  const move = useIncidentWrite(incidentId, (to: IncidentState) =>
    api(`/api/incidents/${incidentId}/transitions`, { body: { to } }),
  );
  const next = NEXT_STATES[state];
  if (!next.length) return null;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {next.map((to) => (
          <button
            key={to}
            type="button"
            onClick={() => move.mutate(to)}
            disabled={move.isPending}
            className={buttonClasses(PATH.indexOf(to) > PATH.indexOf(state) ? "primary" : "secondary")}
          >
            Move to {STATE_LABELS[to]}
          </button>
        ))}
      </div>
      {move.error && <ErrorText>{toFormError(move.error).message}</ErrorText>}
    </div>
  );
}
