"use client";
import { useState } from "react";
import { ScoreChoices } from "@/app/(app)/incidents/[id]/review/components/score-choices";
import { SaveButtons } from "@/app/(app)/incidents/[id]/review/components/save-buttons";
import { useReviewWrite } from "@/app/(app)/incidents/[id]/review/components/use-review-write";
import { errorFor, plainMessage, toFormError } from "@/components/form-error";
import { api } from "@/components/live/api-client";
import { ErrorText } from "@/components/ui/error-text";
import { fieldClasses } from "@/components/ui/field-classes";
import type { CriterionView, ReviewView } from "@/lib/reviews/types";

/** The commander's confirmation, as the route takes it. */
export function useConfirmScore(incidentId: string, criterionKey: string) {
  return useReviewWrite(incidentId, (body: { met: boolean; note?: string }) =>
    api<ReviewView>(`/api/incidents/${incidentId}/review/criteria/${criterionKey}/confirmation`, { body }),
  );
}

/** The commander's own score: a score unlike the figures' suggestion needs a note saying why. */
export function ConfirmScoreForm({ incidentId, criterion, close }: { incidentId: string; criterion: CriterionView; close: () => void }) {
  const [met, setMet] = useState<boolean | null>(criterion.met ?? (criterion.suggestion ? !criterion.suggestion.met : null));
  const [note, setNote] = useState(criterion.note ?? "");
  const confirm = useConfirmScore(incidentId, criterion.key);
  const noteId = `criterion-${criterion.key}-confirm-note`;
  const overriding = criterion.suggestion !== null && met !== null && met !== criterion.suggestion.met;
  const error = confirm.error ? toFormError(confirm.error) : null;
  const noteError = errorFor(error, "note");
  return (
    <form
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        if (met !== null) confirm.mutate({ met, note }, { onSuccess: close });
      }}
    >
      <ScoreChoices legend={`Your score for ${criterion.name}`} name={`confirm-${criterion.key}`} choices={[true, false]} value={met} onChange={setMet} />
      <div className="space-y-1.5">
        <label htmlFor={noteId} className="block text-sm font-medium text-ink">
          {overriding ? "Why the figures do not settle it" : "Note"}
          {overriding && <span className="font-normal text-ink-muted"> (required)</span>}
        </label>
        <textarea
          id={noteId}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          rows={2}
          aria-invalid={noteError ? true : undefined}
          className={fieldClasses("resize-y py-2")}
        />
        {noteError && <ErrorText>{noteError}</ErrorText>}
      </div>
      {error && !noteError && <ErrorText>{plainMessage(error)}</ErrorText>}
      <SaveButtons pending={confirm.isPending} onCancel={close} label="Confirm score" />
    </form>
  );
}
