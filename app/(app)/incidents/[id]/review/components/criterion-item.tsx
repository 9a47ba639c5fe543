"use client";
import { useState } from "react";
import type { z } from "zod";
import { EditableBlock } from "@/app/(app)/incidents/[id]/review/components/editable-block";
import { ConfirmScoreForm, useConfirmScore } from "@/app/(app)/incidents/[id]/review/components/confirm-score-form";
import { confirmationText, scoreLabel, suggestionText } from "@/app/(app)/incidents/[id]/review/components/review-words";
import { ScoreChoices } from "@/app/(app)/incidents/[id]/review/components/score-choices";
import { SaveButtons } from "@/app/(app)/incidents/[id]/review/components/save-buttons";
import { useReviewWrite } from "@/app/(app)/incidents/[id]/review/components/use-review-write";
import { refusalInWords } from "@/components/forms/form-words";
import { FormRefusal, SchemaField } from "@/components/forms/schema-field";
import { useSchemaForm } from "@/components/forms/use-schema-form";
import { api } from "@/components/live/api-client";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button-classes";
import { ErrorText } from "@/components/ui/error-text";
import { fieldClasses } from "@/components/ui/field-classes";
import { Icon } from "@/components/ui/icon";
import { scoreCriterionSchema } from "@/lib/reviews/schema";
import type { CriterionView, ReviewView } from "@/lib/reviews/types";

const SCORES: readonly (boolean | null)[] = [true, false, null];

function toneFor(met: boolean | null): BadgeTone {
  if (met === null) return "neutral";
  return met ? "ok" : "critical";
}

function ScoreForm({ incidentId, criterion, close }: { incidentId: string; criterion: CriterionView; close: () => void }) {
  const score = useReviewWrite(incidentId, (body: z.input<typeof scoreCriterionSchema>) =>
    api<ReviewView>(`/api/incidents/${incidentId}/review/criteria/${criterion.key}`, { method: "PUT", body }),
  );
  const form = useSchemaForm({
    schema: scoreCriterionSchema,
    // Not scored yet: the figures' suggestion, where they make one, is the starting choice.
    defaultValues: { met: criterion.met ?? criterion.suggestion?.met ?? null, note: criterion.note ?? "" },
    send: async (input) => {
      await score.mutateAsync(input);
      close();
    },
  });
  const name = `score-${criterion.key}`;
  return (
    <form noValidate className="space-y-3" onSubmit={form.submit}>
      <ScoreChoices
        legend={`Score for ${criterion.name}`}
        legendHidden
        name={name}
        choices={SCORES}
        value={form.watch("met")}
        onChange={(met) => form.setValue("met", met)}
        error={form.errorOf("met", "The score")}
      />
      <SchemaField form={form} name="note" id={`criterion-${criterion.key}-note`} label="Note" called="The note">
        {(control) => <textarea {...control} rows={2} className={fieldClasses("resize-y py-2")} />}
      </SchemaField>
      <FormRefusal form={form} />
      <SaveButtons pending={form.sending} onCancel={close} label="Save score" />
    </form>
  );
}

type CriterionItemProps = { incidentId: string; criterion: CriterionView; canEdit: boolean; canConfirm: boolean };

/**
 * The commander's part: confirm what the figures suggest in one step, or score it otherwise (with
 * a note); a confirmed score can be changed the same way.
 */
function ConfirmControls({ incidentId, criterion }: { incidentId: string; criterion: CriterionView }) {
  const [deciding, setDeciding] = useState(false);
  const confirm = useConfirmScore(incidentId, criterion.key);
  const { suggestion, confirmation } = criterion;
  if (deciding) return <ConfirmScoreForm incidentId={incidentId} criterion={criterion} close={() => setDeciding(false)} />;
  const suggested = suggestion && !confirmation;
  return (
    <div className="space-y-2 print:hidden">
      <div className="flex flex-wrap gap-2">
        {suggested && (
          <button
            type="button"
            disabled={confirm.isPending}
            onClick={() => confirm.mutate({ met: suggestion.met })}
            className={buttonClasses("primary")}
          >
            {/* Named by what it shows first, so the words a voice user reads out are the button's. */}
            Confirm: {scoreLabel(suggestion.met).toLowerCase()}
            <span className="sr-only"> for {criterion.name}</span>
          </button>
        )}
        <button type="button" onClick={() => setDeciding(true)} className={buttonClasses("secondary")}>
          {confirmation ? "Change" : suggestion ? "Score differently" : "Decide"}
          <span className="sr-only"> {criterion.name}</span>
        </button>
      </div>
      {confirm.error && <ErrorText>{refusalInWords(confirm.error)}</ErrorText>}
    </div>
  );
}

/** One of the plan's success criteria: its score, what the figures suggest, and who confirmed it. */
export function CriterionItem({ incidentId, criterion, canEdit, canConfirm }: CriterionItemProps) {
  const { confirmation } = criterion;
  const note = criterion.note && <p className="text-sm whitespace-pre-wrap text-ink [overflow-wrap:anywhere]">{criterion.note}</p>;
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
      <p className="text-sm text-ink-muted [overflow-wrap:anywhere]">{suggestionText(criterion)}.</p>
      <p className={`flex items-start gap-1.5 text-sm ${confirmation ? "text-ink" : "text-ink-muted"}`}>
        {confirmation && <Icon name="check" className="mt-0.5 size-4 shrink-0 text-ok" />}
        <span>{confirmationText(criterion)}.</span>
      </p>
      {canConfirm ? (
        <>
          {note}
          <ConfirmControls incidentId={incidentId} criterion={criterion} />
        </>
      ) : (
        <EditableBlock
          label={criterion.name}
          action={criterion.met === null ? "Score" : "Change score"}
          canEdit={canEdit}
          view={note}
          form={(close) => <ScoreForm incidentId={incidentId} criterion={criterion} close={close} />}
        />
      )}
    </li>
  );
}
