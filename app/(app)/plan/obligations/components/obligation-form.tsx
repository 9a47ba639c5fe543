"use client";
// An obligation's fields as an admin writes them: its name, what starts its clock, and its
// deadlines in order. The server's schema checks it again; its refusals show beside their field.
import { useFieldArray } from "react-hook-form";
import { FormRefusal, SchemaField } from "@/components/forms/schema-field";
import { useSchemaForm } from "@/components/forms/use-schema-form";
import { buttonClasses } from "@/components/ui/button-classes";
import { ErrorText } from "@/components/ui/error-text";
import { fieldClasses } from "@/components/ui/field-classes";
import { describedBy, FormField } from "@/components/ui/form-field";
import type { ObligationClockStart } from "@/lib/generated/prisma/enums";
import type { changeObligationSchema, createObligationSchema } from "@/lib/obligations/schema";
import { DEADLINE_BASES, type DeadlineBase, type ReportingObligationView } from "@/lib/obligations/types";

type DeadlineDraft = { key?: string; name: string; within: string; from: DeadlineBase; atMostAfterDetection: string };
export type ObligationDraft = { name: string; clockStart: ObligationClockStart; deadlines: DeadlineDraft[] };

const FROM_LABELS: Record<DeadlineBase, string> = {
  clock_start: "the clock start",
  detection: "detection",
  previous_report: "the previous report",
};

const WITHIN_HINT = "4h, 72h, 3d, or 1mo for a calendar month";

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
  /** What the server parses the obligation with: the form refuses what it would, before sending. */
  schema: typeof createObligationSchema | typeof changeObligationSchema;
  saveLabel: string;
  busy: boolean;
  /** Writes the obligation; a refusal it throws is shown beside its field. */
  send: (body: ReturnType<typeof bodyOf>) => Promise<unknown>;
};

const DEADLINE_PARTS = ["name", "within", "from", "atMostAfterDetection"] as const;

export function ObligationForm({ idPrefix, label, initial, schema, saveLabel, busy, send }: ObligationFormProps) {
  const form = useSchemaForm({ schema, defaultValues: initial, toInput: bodyOf, send: (_body, draft) => send(bodyOf(draft)) });
  const deadlines = useFieldArray({ control: form.control, name: "deadlines" });
  const id = (part: string) => `${idPrefix}-${part}`;
  // The schema's first refusal among the deadlines, and where: "deadlines.1.within" stands beside deadline 2's time.
  const refusedAt = form.refusedAt("deadlines");
  const deadlineError = (index: number, part: (typeof DEADLINE_PARTS)[number], called: string) =>
    refusedAt === `deadlines.${index}.${part}` ? form.errorOf("deadlines", called) : null;
  const besideADeadline = deadlines.fields.some((_deadline, index) => DEADLINE_PARTS.some((part) => refusedAt === `deadlines.${index}.${part}`));
  const listError = besideADeadline ? null : form.errorOf("deadlines", "The deadlines");
  const control = (name: Parameters<typeof form.register>[0], fieldId: string, error: string | null, hint?: boolean) => ({
    id: fieldId,
    ...form.register(name),
    "aria-invalid": !!error,
    "aria-describedby": describedBy(fieldId, { hint, error }),
  });

  return (
    <form noValidate aria-label={label} className="space-y-4" onSubmit={form.submit}>
      <SchemaField form={form} name="name" id={id("name")} label="Name" called="The name">
        {(field) => <input {...field} className={fieldClasses()} />}
      </SchemaField>
      <SchemaField form={form} name="clockStart" id={id("clock")} label="The clock starts at" called="The clock start">
        {(field) => (
          <select {...field} className={fieldClasses()}>
            <option value="classification">Classification under it</option>
            <option value="detection">Detection</option>
          </select>
        )}
      </SchemaField>
      <fieldset className="space-y-4">
        <legend className="text-sm font-medium text-ink">Deadlines, in order</legend>
        {deadlines.fields.map((deadline, index) => {
          const part = (name: string) => id(`deadline-${index}-${name}`);
          const errors = {
            name: deadlineError(index, "name", `Deadline ${index + 1}`),
            within: deadlineError(index, "within", `The time deadline ${index + 1} allows`),
            from: deadlineError(index, "from", `What deadline ${index + 1} counts from`),
            cap: deadlineError(index, "atMostAfterDetection", `The longest deadline ${index + 1} may run after detection`),
          };
          return (
            <div key={deadline.id} className="space-y-3 rounded-lg border border-line p-3">
              <FormField id={part("name")} label={`Deadline ${index + 1}`} error={errors.name}>
                <input {...control(`deadlines.${index}.name`, part("name"), errors.name)} placeholder="Initial notification" className={fieldClasses()} />
              </FormField>
              <div className="grid gap-3 sm:grid-cols-2">
                <FormField id={part("within")} label="Within" hint={WITHIN_HINT} error={errors.within}>
                  <input {...control(`deadlines.${index}.within`, part("within"), errors.within, true)} className={fieldClasses()} />
                </FormField>
                <FormField id={part("from")} label="Counted from" error={errors.from}>
                  <select {...control(`deadlines.${index}.from`, part("from"), errors.from)} className={fieldClasses()}>
                    {DEADLINE_BASES.map((base) => (
                      <option key={base} value={base}>
                        {FROM_LABELS[base]}
                      </option>
                    ))}
                  </select>
                </FormField>
              </div>
              <FormField id={part("cap")} label="At most this long after detection (optional)" error={errors.cap}>
                <input {...control(`deadlines.${index}.atMostAfterDetection`, part("cap"), errors.cap)} placeholder="24h" className={fieldClasses()} />
              </FormField>
              {deadlines.fields.length > 1 && (
                <button type="button" onClick={() => deadlines.remove(index)} className={buttonClasses("quiet")}>
                  Remove deadline {index + 1}
                </button>
              )}
            </div>
          );
        })}
        <button type="button" onClick={() => deadlines.append({ name: "", within: "", from: "previous_report", atMostAfterDetection: "" }, { shouldFocus: false })} className={buttonClasses("secondary")}>
          Add a deadline
        </button>
        {listError && <ErrorText>{listError}</ErrorText>}
      </fieldset>
      <FormRefusal form={form} />
      <div className="flex justify-end">
        <button type="submit" disabled={busy || form.sending} className={buttonClasses("primary")}>
          {saveLabel}
        </button>
      </div>
    </form>
  );
}
