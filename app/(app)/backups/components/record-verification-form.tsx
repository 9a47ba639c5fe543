"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toLocalInput } from "@/components/clock-format";
import { useNow } from "@/components/clock-provider";
import { errorFor, toFormError } from "@/components/form-error";
import { api } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import { ErrorText } from "@/components/ui/error-text";
import { fieldClasses } from "@/components/ui/field-classes";
import { describedBy, FormField } from "@/components/ui/form-field";
import { recordVerificationSchema } from "@/lib/backups/schema";
import { MINUTE_MS } from "@/lib/format";
import { parseInput } from "@/lib/validation";

type Choice = { key: string; label: string };

const PERFORMED_HINT = "When the check ran. Your local time.";
const RESTORE_POINT_HINT = "The moment the restored copy holds data up to. Your local time.";

/** A datetime-local value as an instant; what the browser cannot read goes to the schema as typed, to be refused in words. */
function instantOf(local: string): string | null {
  if (local.trim() === "") return null;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? local : date.toISOString();
}

/** Records one run of a verification check, for responders, commanders and admins; the page then shows the new grade. */
export function RecordVerificationForm({ checks, dataClasses }: { checks: Choice[]; dataClasses: Choice[] }) {
  const router = useRouter();
  const [refreshing, startTransition] = useTransition();
  const [check, setCheck] = useState(checks[0]?.key ?? "");
  const [dataClass, setDataClass] = useState(dataClasses[0]?.key ?? "");
  // Null while it follows the clock: only the browser knows the user's time zone.
  const [typedPerformedAt, setPerformedAt] = useState<string | null>(null);
  const now = useNow(MINUTE_MS);
  const performedAt = typedPerformedAt ?? (now === null ? "" : toLocalInput(new Date(now)));
  const [succeeded, setSucceeded] = useState(true);
  const [restorePointAt, setRestorePointAt] = useState("");
  const [notes, setNotes] = useState("");
  const record = useMutation({
    mutationFn: () =>
      api("/api/backups/verifications", {
        body: parseInput(recordVerificationSchema, {
          check,
          dataClass,
          performedAt: instantOf(performedAt),
          succeeded,
          restorePointAt: succeeded ? instantOf(restorePointAt) : null,
          notes: notes.trim() || null,
        }),
      }),
    onSuccess: () => {
      setRestorePointAt("");
      setNotes("");
      startTransition(() => router.refresh());
    },
  });
  const error = record.error ? toFormError(record.error) : null;
  const fieldError = (field: string) => errorFor(error, field);
  const known = ["check", "dataClass", "performedAt", "restorePointAt", "notes"];
  const other = error && !known.some((field) => fieldError(field)) ? error.message : null;

  return (
    <form
      noValidate
      aria-label="Record a verification"
      className="space-y-4 rounded-xl border border-line bg-surface p-5"
      onSubmit={(event) => {
        event.preventDefault();
        record.mutate();
      }}
    >
      <h3 className="font-semibold text-ink">Record a verification</h3>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="verification-check" label="Check" error={fieldError("check")}>
          <select id="verification-check" value={check} onChange={(event) => setCheck(event.target.value)} className={fieldClasses()}>
            {checks.map((choice) => (
              <option key={choice.key} value={choice.key}>
                {choice.label}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id="verification-data-class" label="Data it proves" error={fieldError("dataClass")}>
          <select id="verification-data-class" value={dataClass} onChange={(event) => setDataClass(event.target.value)} className={fieldClasses()}>
            {dataClasses.map((choice) => (
              <option key={choice.key} value={choice.key}>
                {choice.label}
              </option>
            ))}
          </select>
        </FormField>
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
              <input type="radio" name="verification-result" checked={succeeded === choice.value} onChange={() => setSucceeded(choice.value)} className="sr-only" />
              {choice.label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="verification-performed-at" label="Performed at" hint={PERFORMED_HINT} error={fieldError("performedAt")}>
          <input
            id="verification-performed-at"
            type="datetime-local"
            value={performedAt}
            onChange={(event) => setPerformedAt(event.target.value)}
            className={fieldClasses()}
            aria-invalid={!!fieldError("performedAt")}
            aria-describedby={describedBy("verification-performed-at", { hint: PERFORMED_HINT, error: fieldError("performedAt") })}
          />
        </FormField>
        {succeeded && (
          <FormField id="verification-restore-point" label="Restore point proved" hint={RESTORE_POINT_HINT} error={fieldError("restorePointAt")}>
            <input
              id="verification-restore-point"
              type="datetime-local"
              value={restorePointAt}
              onChange={(event) => setRestorePointAt(event.target.value)}
              className={fieldClasses()}
              aria-invalid={!!fieldError("restorePointAt")}
              aria-describedby={describedBy("verification-restore-point", { hint: RESTORE_POINT_HINT, error: fieldError("restorePointAt") })}
            />
          </FormField>
        )}
      </div>
      <FormField id="verification-notes" label="Notes (optional)" error={fieldError("notes")}>
        <textarea
          id="verification-notes"
          rows={2}
          value={notes}
          onChange={(event) => setNotes(event.target.value)}
          className={fieldClasses("resize-y py-2")}
          aria-invalid={!!fieldError("notes")}
          aria-describedby={describedBy("verification-notes", { error: fieldError("notes") })}
        />
      </FormField>
      {other && <ErrorText>{other}</ErrorText>}
      <div className="flex items-center justify-end gap-3">
        {record.isSuccess && !refreshing && (
          <p role="status" className="text-sm text-ok">
            Recorded
          </p>
        )}
        <button type="submit" disabled={record.isPending || refreshing} className={buttonClasses("primary")}>
          {record.isPending ? "Recording…" : "Record verification"}
        </button>
      </div>
    </form>
  );
}
