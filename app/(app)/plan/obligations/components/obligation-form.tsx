"use client";
// An obligation's fields as an admin writes them: its name, what starts its clock, and its
// deadlines in order. The server's schema checks it again; its refusals show beside their field.
import { useState } from "react";
import { errorFor, toFormError } from "@/components/form-error";
import { buttonClasses } from "@/components/ui/button-classes";
import { ErrorText } from "@/components/ui/error-text";
import { fieldClasses } from "@/components/ui/field-classes";
import { describedBy, FormField } from "@/components/ui/form-field";
import type { ObligationClockStart } from "@/lib/generated/prisma/enums";
import { DEADLINE_BASES, type DeadlineBase, type ReportingObligationView } from "@/lib/obligations/types";

type DeadlineDraft = { key?: string; name: string; within: string; from: DeadlineBase; atMostAfterDetection: string };
export type ObligationDraft = { name: string; clockStart: ObligationClockStart; deadlines: DeadlineDraft[] };

const FROM_LABELS: Record<DeadlineBase, string> = {
  clock_start: "the clock start",
  detection: "detection",
  previous_report: "the previous report",
};

export const EMPTY_DRAFT: ObligationDraft = {
  name: "",
  clockStart: "classification",
  deadlines: [{ name: "", within: "", from: "clock_start", atMostAfterDetection: "" }],
};

export function draftOf(obligation: ReportingObligationView): ObligationDraft {
  return {
    name: obligation.name,
    clockStart: obligation.clockStart,
    deadlines: obligation.deadlines.map((deadline) => ({ ...deadline, atMostAfterDetection: deadline.atMostAfterDetection ?? "" })),
  };
}

/** The body the API takes: an empty cap is none. */
function bodyOf(draft: ObligationDraft) {
  return {
    ...draft,
    deadlines: draft.deadlines.map(({ atMostAfterDetection, ...deadline }) => ({ ...deadline, atMostAfterDetection: atMostAfterDetection.trim() || null })),
  };
}

type ObligationFormProps = {
  idPrefix: string;
  label: string;
  initial: ObligationDraft;
  saveLabel: string;
  busy: boolean;
  error: unknown;
  onSave: (body: ReturnType<typeof bodyOf>) => void;
};

export function ObligationForm({ idPrefix, label, initial, saveLabel, busy, error, onSave }: ObligationFormProps) {
  const [draft, setDraft] = useState(initial);
  const refusal = error ? toFormError(error) : null;
  const id = (part: string) => `${idPrefix}-${part}`;
  const setDeadline = (index: number, change: Partial<DeadlineDraft>) =>
    setDraft({ ...draft, deadlines: draft.deadlines.map((deadline, at) => (at === index ? { ...deadline, ...change } : deadline)) });
  const deadlineError = (index: number, field: string) => errorFor(refusal, `deadlines.${index}.${field}`);
  const shownErrors = draft.deadlines.flatMap((_deadline, index) => ["name", "within", "from", "atMostAfterDetection"].map((field) => deadlineError(index, field)));
  const otherError = refusal && !errorFor(refusal, "name") && !errorFor(refusal, "clockStart") && !shownErrors.some(Boolean) ? refusal.message : null;

  return (
    <form
      noValidate
      aria-label={label}
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(bodyOf(draft));
      }}
    >
      <FormField id={id("name")} label="Name" error={errorFor(refusal, "name")}>
        <input id={id("name")} value={draft.name} onChange={(event) => setDraft({ ...draft, name: event.target.value })} aria-invalid={!!errorFor(refusal, "name")} aria-describedby={describedBy(id("name"), { error: errorFor(refusal, "name") })} className={fieldClasses()} />
      </FormField>
      <FormField id={id("clock")} label="The clock starts at" error={errorFor(refusal, "clockStart")}>
        <select id={id("clock")} value={draft.clockStart} onChange={(event) => setDraft({ ...draft, clockStart: event.target.value as ObligationClockStart })} className={fieldClasses()}>
          <option value="classification">Classification under it</option>
          <option value="detection">Detection</option>
        </select>
      </FormField>
      <fieldset className="space-y-4">
        <legend className="text-sm font-medium text-ink">Deadlines, in order</legend>
        {draft.deadlines.map((deadline, index) => (
          <div key={index} className="space-y-3 rounded-lg border border-line p-3">
            <FormField id={id(`deadline-${index}-name`)} label={`Deadline ${index + 1}`} error={deadlineError(index, "name")}>
              <input id={id(`deadline-${index}-name`)} value={deadline.name} placeholder="Initial notification" onChange={(event) => setDeadline(index, { name: event.target.value })} aria-invalid={!!deadlineError(index, "name")} className={fieldClasses()} />
            </FormField>
            <div className="grid gap-3 sm:grid-cols-2">
              <FormField id={id(`deadline-${index}-within`)} label="Within" hint="4h, 72h, 3d, or 1mo for a calendar month" error={deadlineError(index, "within")}>
                <input id={id(`deadline-${index}-within`)} value={deadline.within} onChange={(event) => setDeadline(index, { within: event.target.value })} aria-invalid={!!deadlineError(index, "within")} aria-describedby={describedBy(id(`deadline-${index}-within`), { hint: true, error: deadlineError(index, "within") })} className={fieldClasses()} />
              </FormField>
              <FormField id={id(`deadline-${index}-from`)} label="Counted from" error={deadlineError(index, "from")}>
                <select id={id(`deadline-${index}-from`)} value={deadline.from} onChange={(event) => setDeadline(index, { from: event.target.value as DeadlineBase })} aria-invalid={!!deadlineError(index, "from")} className={fieldClasses()}>
                  {DEADLINE_BASES.map((base) => (
                    <option key={base} value={base}>
                      {FROM_LABELS[base]}
                    </option>
                  ))}
                </select>
              </FormField>
            </div>
            <FormField id={id(`deadline-${index}-cap`)} label="At most this long after detection (optional)" error={deadlineError(index, "atMostAfterDetection")}>
              <input id={id(`deadline-${index}-cap`)} value={deadline.atMostAfterDetection} placeholder="24h" onChange={(event) => setDeadline(index, { atMostAfterDetection: event.target.value })} aria-invalid={!!deadlineError(index, "atMostAfterDetection")} className={fieldClasses()} />
            </FormField>
            {draft.deadlines.length > 1 && (
              <button type="button" onClick={() => setDraft({ ...draft, deadlines: draft.deadlines.filter((_other, at) => at !== index) })} className={buttonClasses("quiet")}>
                Remove deadline {index + 1}
              </button>
            )}
          </div>
        ))}
        <button type="button" onClick={() => setDraft({ ...draft, deadlines: [...draft.deadlines, { name: "", within: "", from: "previous_report", atMostAfterDetection: "" }] })} className={buttonClasses("secondary")}>
          Add a deadline
        </button>
      </fieldset>
      {otherError && <ErrorText>{otherError}</ErrorText>}
      <div className="flex justify-end">
        <button type="submit" disabled={busy} className={buttonClasses("primary")}>
          {saveLabel}
        </button>
      </div>
    </form>
  );
}
