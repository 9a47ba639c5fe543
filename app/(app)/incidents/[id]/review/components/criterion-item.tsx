"use client";
import { useState } from "react";
import { EditableBlock } from "@/app/(app)/incidents/[id]/review/components/editable-block";
import { scoreLabel } from "@/app/(app)/incidents/[id]/review/components/review-words";
import { SaveButtons } from "@/app/(app)/incidents/[id]/review/components/save-buttons";
import { useReviewWrite } from "@/app/(app)/incidents/[id]/review/components/use-review-write";
import { plainMessage, toFormError } from "@/components/form-error";
import { api } from "@/components/live/api-client";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { ErrorText } from "@/components/ui/error-text";
import { fieldClasses } from "@/components/ui/field-classes";
import type { CriterionView } from "@/lib/reviews/types";
import type { ReviewView } from "@/lib/reviews/types";

const SCORES: readonly (boolean | null)[] = [true, false, null];

function toneFor(met: boolean | null): BadgeTone {
  if (met === null) return "neutral";
  return met ? "ok" : "critical";
}

function ScoreForm({ incidentId, criterion, close }: { incidentId: string; criterion: CriterionView; close: () => void }) {
  // Not scored yet: the figures' suggestion, where they make one, is the starting choice.
  const [met, setMet] = useState(criterion.met ?? criterion.suggestion?.met ?? null);
  const [note, setNote] = useState(criterion.note ?? "");
  const score = useReviewWrite(incidentId, (body: { met: boolean | null; note: string }) =>
    api<ReviewView>(`/api/incidents/${incidentId}/review/criteria/${criterion.key}`, { method: "PUT", body }),
  );
  const noteId = `criterion-${criterion.key}-note`;
  return (
    <form
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        score.mutate({ met, note }, { onSuccess: close });
      }}
    >
      <fieldset>
        <legend className="sr-only">Score for {criterion.name}</legend>
        <div className="flex flex-wrap gap-2">
          {SCORES.map((choice) => (
            <label
              key={String(choice)}
              className="inline-flex min-h-10 cursor-pointer items-center gap-2 rounded-lg border border-line-strong px-3 text-sm text-ink has-checked:border-accent has-checked:bg-accent-soft"
            >
              <input type="radio" name={`score-${criterion.key}`} checked={met === choice} onChange={() => setMet(choice)} className="accent-accent" />
              {scoreLabel(choice)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="space-y-1.5">
        <label htmlFor={noteId} className="block text-sm font-medium text-ink">
          Note
        </label>
        <textarea id={noteId} value={note} onChange={(event) => setNote(event.target.value)} rows={2} className={fieldClasses("resize-y py-2")} />
      </div>
      {score.error && <ErrorText>{plainMessage(toFormError(score.error))}</ErrorText>}
      <SaveButtons pending={score.isPending} onCancel={close} label="Save score" />
    </form>
  );
}

/** One of the plan's success criteria, its score and why. */
export function CriterionItem({ incidentId, criterion, canEdit }: { incidentId: string; criterion: CriterionView; canEdit: boolean }) {
  const { suggestion } = criterion;
  return (
    <li className="space-y-2 px-4 py-4 break-inside-avoid sm:px-5">
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 className="font-semibold text-ink">{criterion.name}</h3>
          <p className="text-sm text-ink-muted">{criterion.description}</p>
        </div>
        <span className="shrink-0 pt-0.5">
          <Badge tone={toneFor(criterion.met)}>{scoreLabel(criterion.met)}</Badge>
        </span>
      </div>
      {suggestion && (
        <p className="text-sm text-ink-muted">
          The figures suggest <span className="font-medium text-ink">{scoreLabel(suggestion.met).toLowerCase()}</span>: {suggestion.reason}.
        </p>
      )}
      <EditableBlock
        label={criterion.name}
        action={criterion.met === null ? "Score" : "Change score"}
        canEdit={canEdit}
        view={criterion.note && <p className="text-sm whitespace-pre-wrap text-ink [overflow-wrap:anywhere]">{criterion.note}</p>}
        form={(close) => <ScoreForm incidentId={incidentId} criterion={criterion} close={close} />}
      />
    </li>
  );
}
