"use client";
import { toFormError } from "@/components/form-error";
import { useIncidentWrite } from "@/app/(app)/incidents/[id]/components/use-incident-write";
import { api } from "@/components/live/api-client";

type PinButtonProps = { incidentId: string; seq: number; pinned: boolean; summary: string };

/** Pins an event so the war room and the review show it first, or takes the pin off. */
export function PinButton({ incidentId, seq, pinned, summary }: PinButtonProps) {
  const pin = useIncidentWrite(incidentId, (next: boolean) => api(`/api/incidents/${incidentId}/pins`, { body: { seq, pinned: next } }));
  const action = pinned ? "Unpin" : "Pin";
  return (
    <>
      <button
        type="button"
        onClick={() => pin.mutate(!pinned)}
        disabled={pin.isPending}
        aria-label={`${action}: ${summary}`}
        className="-ml-1.5 min-h-8 rounded-md px-1.5 text-xs font-medium text-accent hover:bg-surface-muted disabled:opacity-60"
      >
        {action}
      </button>
      {pin.error && (
        <span role="alert" className="text-xs text-critical">
          {toFormError(pin.error).message}
        </span>
      )}
    </>
  );
}
