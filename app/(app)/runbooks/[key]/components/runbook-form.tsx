"use client";
import { useMutation } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { errorFor, toFormError, type FormError } from "@/components/form-error";
import { api } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import { ErrorText } from "@/components/ui/error-text";
import type { RunbookView } from "@/lib/runbooks/present";

export type RunbookWrite = { path: string; method: "POST" | "PATCH" | "DELETE"; body?: unknown };

type RunbookFormProps = {
  /** "Edit step Restore from backup", "New step in Recovery Steps". */
  label: string;
  /** "Save step", "Add step". */
  submitLabel: string;
  /** The fields this form has, so a refusal of another shows under the form. */
  fields: readonly string[];
  /** The write the fields make; checked against the shared schema before it is sent. */
  write: () => RunbookWrite;
  /** The removal, where the item can be removed: "Remove step". */
  removal?: { label: string; write: RunbookWrite };
  onSaved: (answer: RunbookView, removed: boolean) => void;
  onCancel: () => void;
  children: (error: FormError | null) => ReactNode;
};

/**
 * One runbook edit form: its fields, then Save, Cancel and (for an item that exists) Remove, which
 * asks once more before it removes. Escape cancels.
 */
export function RunbookForm({ label, submitLabel, fields, write, removal, onSaved, onCancel, children }: RunbookFormProps) {
  const [confirming, setConfirming] = useState(false);
  const save = useMutation({
    mutationFn: ({ path, method, body }: RunbookWrite) => api<RunbookView>(path, { method, body }),
    onSuccess: (answer, sent) => onSaved(answer, sent.method === "DELETE"),
  });
  const [localError, setLocalError] = useState<FormError | null>(null);
  const error = localError ?? (save.error ? toFormError(save.error) : null);
  const other = error && !fields.some((field) => errorFor(error, field)) ? error.message : null;
  const send = (request: () => RunbookWrite) => {
    setLocalError(null);
    try {
      save.mutate(request());
    } catch (refused) {
      // The shared schema's refusal, shown beside its field as the server's would be.
      save.reset();
      setLocalError(toFormError(refused));
    }
  };

  return (
    <form
      noValidate
      aria-label={label}
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        send(write);
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape") onCancel();
      }}
    >
      {children(error)}
      {other && <ErrorText>{other}</ErrorText>}
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex flex-wrap gap-2">
          {removal &&
            (confirming ? (
              <>
                <button type="button" className={buttonClasses("secondary", "text-critical!")} disabled={save.isPending} onClick={() => send(() => removal.write)}>
                  Yes, {removal.label.toLowerCase()}
                </button>
                <button type="button" className={buttonClasses("quiet")} onClick={() => setConfirming(false)}>
                  Keep it
                </button>
              </>
            ) : (
              <button type="button" className={buttonClasses("quiet", "text-critical!")} onClick={() => setConfirming(true)}>
                {removal.label}
              </button>
            ))}
        </div>
        <div className="flex flex-wrap gap-2">
          <button type="button" className={buttonClasses("secondary")} onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className={buttonClasses("primary")} disabled={save.isPending}>
            {save.isPending ? "Saving…" : submitLabel}
          </button>
        </div>
      </div>
    </form>
  );
}
