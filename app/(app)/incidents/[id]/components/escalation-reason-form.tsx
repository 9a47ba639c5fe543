"use client";
import { useIncidentWrite } from "@/app/(app)/incidents/[id]/components/use-incident-write";
import { FormRefusal, SchemaField } from "@/components/forms/schema-field";
import { useSchemaForm } from "@/components/forms/use-schema-form";
import { api } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import { fieldClasses } from "@/components/ui/field-classes";
import { escalationReasonSchema } from "@/lib/escalation/schema";

type EscalationReasonFormProps = {
  incidentId: string;
  /** The escalation endpoint: pause, resume or escalate. */
  action: "pause" | "resume" | "escalate";
  submitLabel: string;
  onDone: () => void;
};

const WHY: Record<EscalationReasonFormProps["action"], string> = {
  pause: "Say why the escalation is paused: it goes on the timeline.",
  resume: "Say why the escalation resumes: it goes on the timeline.",
  escalate: "Say why it escalates now: it goes on the timeline.",
};

/** Asks the commander why before the escalation clock is held, restarted or jumped: it goes on the timeline. */
export function EscalationReasonForm({ incidentId, action, submitLabel, onDone }: EscalationReasonFormProps) {
  const send = useIncidentWrite(incidentId, (reason: string) => api(`/api/incidents/${incidentId}/escalation/${action}`, { body: { reason } }));
  const form = useSchemaForm({
    schema: escalationReasonSchema,
    defaultValues: { reason: "" },
    whenEmpty: { reason: WHY[action] },
    send: async ({ reason }) => {
      await send.mutateAsync(reason);
      onDone();
    },
  });

  return (
    <form onSubmit={form.submit} noValidate className="w-full space-y-3 rounded-lg border border-line bg-canvas p-3">
      <SchemaField form={form} name="reason" id={`escalation-${action}-reason`} label="Reason" called="The reason">
        {(control) => <input {...control} type="text" autoFocus maxLength={500} autoComplete="off" className={fieldClasses()} />}
      </SchemaField>
      <FormRefusal form={form} />
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={form.sending} className={buttonClasses("primary")}>
          {submitLabel}
        </button>
        <button type="button" onClick={onDone} className={buttonClasses("quiet")}>
          Cancel
        </button>
      </div>
    </form>
  );
}
