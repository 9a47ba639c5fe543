"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { refusalInWords } from "@/components/forms/form-words";
import { ApiError } from "@/components/live/api-client";
import { incidentKey, withTickedItem } from "@/components/live/incident-cache";
import { tickChecklistItem } from "@/components/live/tick";
import { neverArrived, queueTickOffline } from "@/components/offline/offline-writes";
import type { QueuedTick } from "@/components/offline/queue-entries";
import type { ChecklistItemView, IncidentView } from "@/lib/incidents/types";

/** What a tick answers, and what a 409 carries as `current`. */
type ItemState = Pick<ChecklistItemView, "id" | "done" | "version" | "doneById" | "doneAt">;
type Person = { id: string; name: string };

const CONFLICT = "Someone else changed this step first. Their change is shown.";

/** Why a tick did not go through: another person's change (not a fault), or a refusal. */
export type TickProblem = { kind: "conflict" | "refused"; message: string };

type StepCheckboxProps = {
  incidentId: string;
  item: ChecklistItemView;
  me: Person;
  /** For the label that holds the step's title, which names the checkbox. */
  id: string;
  /** This step's tick made offline and not sent yet. */
  waiting: QueuedTick | undefined;
  onProblem: (problem: TickProblem | null) => void;
};

/**
 * Ticks a step with the version it was seen at. The box shows the new state at once; the server's
 * answer then goes into the cache, unless a live event has already put something newer there. A
 * stale version is refused: the other person's change is shown and this one is dropped. Offline (or
 * when the tick cannot get out) it waits on the device with the version seen, shown as waiting.
 */
export function StepCheckbox({ incidentId, item, me, id, waiting, onProblem }: StepCheckboxProps) {
  const queryClient = useQueryClient();
  const [sending, setSending] = useState<boolean | null>(null);

  function store(state: ItemState, doneBy: Person | null) {
    queryClient.setQueryData<IncidentView>(incidentKey(incidentId), (incident) => incident && withTickedItem(incident, { ...state, doneBy }));
  }

  const tick = useMutation({
    mutationFn: (change: { done: boolean; version: number }) => tickChecklistItem(incidentId, item.id, change),
    onSuccess: (state) => store(state, state.done ? me : null),
    onError: (error, change) => {
      if (neverArrived(error)) {
        void queueTickOffline(incidentId, item.id, change, me.name);
      } else if (error instanceof ApiError && error.status === 409 && error.current) {
        // Who ticked it, and when, come with the incident, fetched again just after.
        store(error.current as ItemState, null);
        void queryClient.invalidateQueries({ queryKey: incidentKey(incidentId), exact: true });
        onProblem({ kind: "conflict", message: CONFLICT });
      } else {
        onProblem({ kind: "refused", message: refusalInWords(error) });
      }
    },
    onSettled: () => setSending(null),
  });

  return (
    <input
      id={id}
      type="checkbox"
      checked={sending ?? waiting?.done ?? item.done}
      onChange={(event) => {
        if (sending !== null) return;
        onProblem(null);
        const change = { done: event.target.checked, version: item.version };
        // Taking back a waiting tick, or ticking offline, stays on the device.
        if (waiting || !navigator.onLine) return void queueTickOffline(incidentId, item.id, change, me.name);
        setSending(change.done);
        tick.mutate(change);
      }}
      aria-busy={sending !== null}
      className="mt-0.5 size-6 shrink-0 cursor-pointer accent-ok"
    />
  );
}
