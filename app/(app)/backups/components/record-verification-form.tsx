"use client";
import { useRouter } from "next/navigation";
import { useEffect, useTransition } from "react";
import { instantOf, toLocalInput } from "@/components/clock-format";
import { useNow } from "@/components/clock-provider";
import { FormRefusal, SchemaField } from "@/components/forms/schema-field";
import { useSchemaForm } from "@/components/forms/use-schema-form";
import { api } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import { fieldClasses } from "@/components/ui/field-classes";
import { recordVerificationSchema } from "@/lib/backups/schema";
import { MINUTE_MS } from "@/lib/format";

type Choice = { key: string; label: string };

const PERFORMED_HINT = "When the check ran. Your local time.";
const RESTORE_POINT_HINT = "The moment the restored copy holds data up to. Your local time.";

type Typed = { check: string; dataClass: string; performedAt: string; succeeded: boolean; restorePointAt: string; notes: string };

function inputOf({ check, dataClass, performedAt, succeeded, restorePointAt, notes }: Typed) {
  return { check, dataClass, performedAt: instantOf(performedAt), succeeded, restorePointAt: succeeded ? instantOf(restorePointAt) : null, notes: notes.trim() || null };
}

/** Records one run of a verification check, for responders, commanders and admins; the page then shows the new grade. */
export function RecordVerificationForm({ checks, dataClasses }: { checks: Choice[]; dataClasses: Choice[] }) {
  const router = useRouter();
  const [refreshing, startTransition] = useTransition();
  const form = useSchemaForm({
    schema: recordVerificationSchema,
    defaultValues: { check: checks[0]?.key ?? "", dataClass: dataClasses[0]?.key ?? "", performedAt: "", succeeded: true, restorePointAt: "", notes: "" } as Typed,
    toInput: inputOf,
    whenEmpty: { performedAt: "Say when the check ran.", restorePointAt: "Give the restore point the run proved: the moment the restored copy holds data up to." },
    send: async (run) => {
      await api("/api/backups/verifications", { body: run });
      form.setValue("restorePointAt", "");
      form.setValue("notes", "");
      startTransition(() => router.refresh());
    },
  });
  // The run's time follows the clock until it is typed: only the browser knows the user's time zone.
  const now = useNow(MINUTE_MS);
  const { setValue, getFieldState } = form;
  useEffect(() => {
    if (now !== null && !getFieldState("performedAt").isDirty) setValue("performedAt", toLocalInput(new Date(now)));
  }, [now, setValue, getFieldState]);
  const succeeded = form.watch("succeeded");

  return (
    <form noValidate aria-label="Record a verification" className="space-y-4 rounded-xl border border-line bg-surface p-5" onSubmit={form.submit}>
      <h3 className="font-semibold text-ink">Record a verification</h3>
      <div className="grid gap-4 sm:grid-cols-2">
        <SchemaField form={form} name="check" id="verification-check" label="Check">
          {(control) => (
            <select {...control} className={fieldClasses()}>
              {checks.map((choice) => (
                <option key={choice.key} value={choice.key}>
                  {choice.label}
                </option>
              ))}
            </select>
          )}
        </SchemaField>
        <SchemaField form={form} name="dataClass" id="verification-data-class" label="Data it proves" called="The data it proves">
          {(control) => (
            <select {...control} className={fieldClasses()}>
              {dataClasses.map((choice) => (
                <option key={choice.key} value={choice.key}>
                  {choice.label}
                </option>
              ))}
            </select>
          )}
        </SchemaField>
      </div>
      <fieldset>
        <legend className="mb-1.5 text-sm font-medium text-ink">Result</legend>
        <div className="flex flex-wrap gap-2">
          {[
            { value: true, label: "Passed" },
            { value: false, label: "Failed" },
          ].map((choice) => (
            <label
              key={choice.label}
              className={`flex min-h-10 cursor-pointer items-center gap-2 rounded-lg border px-3 text-sm font-medium has-focus-visible:outline-2 has-focus-visible:outline-accent/40 ${
                succeeded === choice.value ? "border-accent bg-accent-soft text-accent" : "border-line-strong bg-surface text-ink hover:bg-surface-muted"
              }`}
            >
              <input type="radio" name="verification-result" checked={succeeded === choice.value} onChange={() => form.setValue("succeeded", choice.value)} className="sr-only" />
              {choice.label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <SchemaField form={form} name="performedAt" id="verification-performed-at" label="Performed at" called="The time it ran" hint={PERFORMED_HINT}>
          {(control) => <input {...control} type="datetime-local" className={fieldClasses()} />}
        </SchemaField>
        {succeeded && (
          <SchemaField form={form} name="restorePointAt" id="verification-restore-point" label="Restore point proved" called="The restore point" hint={RESTORE_POINT_HINT}>
            {(control) => <input {...control} type="datetime-local" className={fieldClasses()} />}
          </SchemaField>
        )}
      </div>
      <SchemaField form={form} name="notes" id="verification-notes" label="Notes (optional)" called="The notes">
        {(control) => <textarea {...control} rows={2} className={fieldClasses("resize-y py-2")} />}
      </SchemaField>
      <FormRefusal form={form} />
      <div className="flex items-center justify-end gap-3">
        {form.formState.isSubmitSuccessful && !refreshing && (
          <p role="status" className="text-sm text-ok">
            Recorded
          </p>
        )}
        <button type="submit" disabled={form.sending || refreshing} className={buttonClasses("primary")}>
          {form.sending ? "Recording…" : "Record verification"}
        </button>
      </div>
    </form>
  );
}
