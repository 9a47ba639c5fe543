"use client";
import { draftOf, ObligationForm } from "@/app/(app)/plan/obligations/components/obligation-form";
import { useObligationWrite } from "@/app/(app)/plan/obligations/components/use-obligation-write";
import { refusalInWords } from "@/components/forms/form-words";
import { buttonClasses } from "@/components/ui/button-classes";
import { ErrorText } from "@/components/ui/error-text";
import { changeObligationSchema } from "@/lib/obligations/schema";
import type { ReportingObligationView } from "@/lib/obligations/types";
import { describeDeadlineRule } from "@/lib/obligations/words";

const CLOCK_START_WORDS = {
  classification: "The clock starts when an incident is classified under it.",
  detection: "The clock starts at the incident's detection.",
} as const;

/** One obligation of the plan: its deadlines in order; plan admins edit or remove it. */
export function ObligationCard({ obligation, canEdit }: { obligation: ReportingObligationView; canEdit: boolean }) {
  const edit = useObligationWrite();
  const remove = useObligationWrite();
  const path = `/api/reporting-obligations/${obligation.key}`;
  return (
    <li data-obligation={obligation.key} className="rounded-xl border border-line bg-surface p-4 sm:p-5">
      <h2 className="font-semibold text-ink [overflow-wrap:anywhere]">{obligation.name}</h2>
      <p className="mt-1 text-sm text-ink-muted">{CLOCK_START_WORDS[obligation.clockStart]}</p>
      <ol className="mt-3 divide-y divide-line border-y border-line">
        {obligation.deadlines.map((deadline, index) => (
          <li key={deadline.key} className="py-2">
            <p className="text-sm font-medium text-ink">
              {index + 1}. {deadline.name}
            </p>
            <p className="text-sm text-ink-muted">{describeDeadlineRule(deadline)}</p>
          </li>
        ))}
      </ol>
      {canEdit && (
        <div className="mt-4 space-y-3">
          <details>
            <summary className="cursor-pointer text-sm font-medium text-accent">Edit {obligation.name}</summary>
            <div className="mt-4">
              <ObligationForm
                idPrefix={`obligation-${obligation.key}`}
                label={`Edit ${obligation.name}`}
                initial={draftOf(obligation)}
                saveLabel="Save obligation"
                schema={changeObligationSchema}
                busy={edit.busy}
                send={(body) => edit.write.mutateAsync({ path, method: "PATCH", body })}
              />
            </div>
          </details>
          <div className="flex flex-wrap items-center gap-3">
            <button type="button" disabled={remove.busy} onClick={() => remove.write.mutate({ path, method: "DELETE" })} className={buttonClasses("secondary")}>
              Remove from the plan
            </button>
            <span className="text-sm text-ink-muted">Incidents already classified keep their deadlines.</span>
          </div>
          {remove.write.error && <ErrorText>{refusalInWords(remove.write.error)}</ErrorText>}
        </div>
      )}
    </li>
  );
}
