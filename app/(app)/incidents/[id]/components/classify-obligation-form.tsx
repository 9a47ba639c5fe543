"use client";
import { useObligationWrite } from "@/app/(app)/incidents/[id]/components/use-incident-obligations";
import { FormRefusal } from "@/components/forms/schema-field";
import { useSchemaForm } from "@/components/forms/use-schema-form";
import { api } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import { fieldClasses } from "@/components/ui/field-classes";
import { classifyIncidentSchema } from "@/lib/obligations/schema";

type ClassifyObligationFormProps = {
  incidentId: string;
  /** The plan's obligations the incident is not yet classified under. */
  obligations: { key: string; name: string }[];
  isDrill: boolean;
};

/** For the commander: classify the incident under one of the plan's reporting obligations, starting its clocks. */
export function ClassifyObligationForm({ incidentId, obligations, isDrill }: ClassifyObligationFormProps) {
  const classify = useObligationWrite(incidentId, (obligationKey: string) => api(`/api/incidents/${incidentId}/obligations`, { body: { obligationKey } }));
  const form = useSchemaForm({
    schema: classifyIncidentSchema,
    defaultValues: { obligationKey: obligations[0]?.key ?? "" },
    // One classified meanwhile leaves the list: the first left is the choice then.
    toInput: ({ obligationKey }) => ({ obligationKey: obligations.some((obligation) => obligation.key === obligationKey) ? obligationKey : obligations[0]?.key }),
    send: ({ obligationKey }) => classify.mutateAsync(obligationKey),
  });
  if (obligations.length === 0) return null;
  return (
    <form noValidate aria-label="Classify the incident" className="space-y-2" onSubmit={form.submit}>
      <label htmlFor="classify-obligation" className="block text-sm font-medium text-ink">
        Classify under a reporting obligation
      </label>
      <div className="flex flex-wrap gap-2">
        <select id="classify-obligation" {...form.register("obligationKey")} className={fieldClasses("w-auto min-w-0 max-w-full flex-1")}>
          {obligations.map((obligation) => (
            <option key={obligation.key} value={obligation.key}>
              {obligation.name}
            </option>
          ))}
        </select>
        <button type="submit" disabled={form.sending} className={buttonClasses("primary")}>
          Classify
        </button>
      </div>
      <p className="text-sm text-ink-muted">
        {isDrill ? "A drill is classified for practice: it stays a drill, and its clocks run as a rehearsal." : "Its deadlines start now and run as clocks here and on the status board."}
      </p>
      <FormRefusal form={form} />
    </form>
  );
}
