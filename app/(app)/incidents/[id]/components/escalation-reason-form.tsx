"use client";
import { useState, type FormEvent } from "react";
import { errorFor, toFormError, type FormError } from "@/components/form-error";
import { useIncidentWrite } from "@/app/(app)/incidents/[id]/components/use-incident-write";
import { api } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import { fieldClasses } from "@/components/ui/field-classes";
import { describedBy, FormField } from "@/components/ui/form-field";
import { escalationReasonSchema } from "@/lib/escalation/schema";
import { parseInput } from "@/lib/validation";

type EscalationReasonFormProps = {
  incidentId: string;
  /** The escalation endpoint: pause, resume or escalate. */
  action: "pause" | "resume" | "escalate";
  submitLabel: string;
  onDone: () => void;
};

/** Asks the commander why before the escalation clock is held, restarted or jumped: it goes on the timeline. */
export function EscalationReasonForm({ incidentId, action, submitLabel, onDone }: EscalationReasonFormProps) {
  const [invalid, setInvalid] = useState<FormError | null>(null);
  const send = useIncidentWrite(incidentId, (reason: string) =>
    api(`/api/incidents/${incidentId}/escalation/${action}`, { body: { reason } }),
  );
  const id = `escalation-${action}-reason`;
  const refusal = invalid ?? (send.error ? toFormError(send.error) : null);
  const error = refusal && (errorFor(refusal, "reason") ?? refusal.message);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = { reason: String(new FormData(event.currentTarget).get("reason") ?? "") };
    try {
      // The server's own schema: the same refusal, without the round trip.
      parseInput(escalationReasonSchema, input);
    } catch (caught) {
      setInvalid(toFormError(caught));
      return;
    }
    setInvalid(null);
    send.mutate(input.reason, { onSuccess: onDone });
  }

  return (
    <form onSubmit={submit} noValidate className="w-full space-y-3 rounded-lg border border-line bg-canvas p-3">
      <FormField id={id} label="Reason" error={error}>
        <input
          id={id}
          name="reason"
          type="text"
          autoFocus
          maxLength={500}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, { error })}
          className={fieldClasses()}
        />
      </FormField>
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={send.isPending} className={buttonClasses("primary")}>
          {submitLabel}
        </button>
        <button type="button" onClick={onDone} className={buttonClasses("quiet")}>
          Cancel
        </button>
      </div>
    </form>
  );
}
