"use client";
import { useState } from "react";
import { useObligationWrite } from "@/app/(app)/incidents/[id]/components/use-incident-obligations";
import { toFormError } from "@/components/form-error";
import { api } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import { ErrorText } from "@/components/ui/error-text";
import { fieldClasses } from "@/components/ui/field-classes";

type ClassifyObligationFormProps = {
  incidentId: string;
  /** The plan's obligations the incident is not yet classified under. */
  obligations: { key: string; name: string }[];
  isDrill: boolean;
};

/** For the commander: classify the incident under one of the plan's reporting obligations, starting its clocks. */
export function ClassifyObligationForm({ incidentId, obligations, isDrill }: ClassifyObligationFormProps) {
  const [chosen, setChosen] = useState(obligations[0]?.key ?? "");
  const classify = useObligationWrite(incidentId, (obligationKey: string) =>
    api(`/api/incidents/${incidentId}/obligations`, { body: { obligationKey } }),
  );
  if (obligations.length === 0) return null;
  const key = obligations.some((obligation) => obligation.key === chosen) ? chosen : obligations[0].key;
  return (
    <form
      noValidate
      aria-label="Classify the incident"
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        classify.mutate(key);
      }}
    >
      <label htmlFor="classify-obligation" className="block text-sm font-medium text-ink">
        Classify under a reporting obligation
      </label>
      <div className="flex flex-wrap gap-2">
        <select id="classify-obligation" value={key} onChange={(event) => setChosen(event.target.value)} className={fieldClasses("w-auto min-w-0 max-w-full flex-1")}>
          {obligations.map((obligation) => (
            <option key={obligation.key} value={obligation.key}>
              {obligation.name}
            </option>
          ))}
        </select>
        <button type="submit" disabled={classify.isPending} className={buttonClasses("primary")}>
          Classify
        </button>
      </div>
      <p className="text-sm text-ink-muted">
        {isDrill ? "A drill is classified for practice: it stays a drill, and its clocks run as a rehearsal." : "Its deadlines start now and run as clocks here and on the status board."}
      </p>
      {classify.error && <ErrorText>{toFormError(classify.error).message}</ErrorText>}
    </form>
  );
}
