"use client";
import { useState } from "react";
import { EditableBlock } from "@/app/(app)/incidents/[id]/review/components/editable-block";
import { ReviewConflictNotice } from "@/app/(app)/incidents/[id]/review/components/review-conflict-notice";
import { SaveButtons } from "@/app/(app)/incidents/[id]/review/components/save-buttons";
import { reviewConflictOf, saveReview } from "@/app/(app)/incidents/[id]/review/components/save-review";
import { useReviewWrite } from "@/app/(app)/incidents/[id]/review/components/use-review-write";
import { refusalInWords } from "@/components/forms/form-words";
import { ErrorText } from "@/components/ui/error-text";
import { fieldClasses } from "@/components/ui/field-classes";
import { Section } from "@/components/ui/section";

type NoteField = "wentWell" | "couldImprove" | "documentationUpdates";

type ReviewNoteProps = {
  incidentId: string;
  field: NoteField;
  /** The agenda item's title: "What went well". */
  title: string;
  prompt: string;
  text: string | null;
  /** The review's version as shown: a save names the one its form opened on. */
  version: number;
  canEdit: boolean;
};

function NoteForm({ incidentId, field, title, text, version, close }: Omit<ReviewNoteProps, "prompt" | "canEdit"> & { close: () => void }) {
  const [value, setValue] = useState(text ?? "");
  // What this edit started from; after a refusal, what the other person saved, now seen.
  const [seen, setSeen] = useState({ version, values: { [field]: text } });
  const save = useReviewWrite(incidentId, (note: string) => saveReview(incidentId, { [field]: note }, seen));
  const conflict = reviewConflictOf(save.error);
  const id = `review-${field}`;
  return (
    <form
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(value, {
          onSuccess: close,
          onError: (error) => {
            const current = reviewConflictOf(error);
            if (current) setSeen({ version: current.version, values: { [field]: current[field] } });
          },
        });
      }}
    >
      {conflict && <ReviewConflictNotice conflict={conflict}>{conflict[field] || "(empty)"}</ReviewConflictNotice>}
      <label htmlFor={id} className="sr-only">
        {title}
      </label>
      <textarea
        id={id}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        rows={5}
        aria-invalid={save.error && !conflict ? true : undefined}
        className={fieldClasses("resize-y py-2")}
      />
      {save.error && !conflict && <ErrorText>{refusalInWords(save.error)}</ErrorText>}
      <SaveButtons pending={save.isPending} onCancel={close} />
    </form>
  );
}

/** One of the agenda's discussions, as the meeting recorded it. */
export function ReviewNote({ incidentId, field, title, prompt, text, version, canEdit }: ReviewNoteProps) {
  return (
    <Section id={field} title={title}>
      <div className="rounded-xl border border-line bg-surface p-4 sm:p-5">
        <EditableBlock
          label={title.toLowerCase()}
          canEdit={canEdit}
          view={
            text ? (
              <p className="text-sm whitespace-pre-wrap text-ink [overflow-wrap:anywhere]">{text}</p>
            ) : (
              <p className="text-sm text-ink-muted">{prompt}</p>
            )
          }
          form={(close) => <NoteForm incidentId={incidentId} field={field} title={title} text={text} version={version} close={close} />}
        />
      </div>
    </Section>
  );
}
