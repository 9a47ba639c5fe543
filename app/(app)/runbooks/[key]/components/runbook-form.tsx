"use client";
import { useMutation } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import type { FieldValues } from "react-hook-form";
import { refusalOf } from "@/components/forms/form-words";
import { FormRefusal } from "@/components/forms/schema-field";
import type { SchemaForm } from "@/components/forms/use-schema-form";
import { api } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import { ErrorText } from "@/components/ui/error-text";
import type { RunbookView } from "@/lib/runbooks/present";

/** A removal of a runbook's item: where it is. */
export type RunbookRemoval = { label: string; path: string };

type RunbookFormProps<Values extends FieldValues> = {
  /** "Edit step Restore from backup", "New step in Recovery Steps". */
  label: string;
  /** "Save step", "Add step". */
  submitLabel: string;
  /** The fields, checked with the shared schema; their save calls the form's own send. */
  form: SchemaForm<Values>;
  /** The removal, where the item can be removed: "Remove step". */
  removal?: RunbookRemoval;
  onRemoved?: (answer: RunbookView) => void;
  onCancel: () => void;
  children: ReactNode;
};

/**
 * One runbook edit form: its fields, then Save, Cancel and (for an item that exists) Remove, which
 * asks once more before it removes. Escape cancels.
 */
export function RunbookForm<Values extends FieldValues>({ label, submitLabel, form, removal, onRemoved, onCancel, children }: RunbookFormProps<Values>) {
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation({
    mutationFn: (path: string) => api<RunbookView>(path, { method: "DELETE" }),
    onSuccess: (answer) => onRemoved?.(answer),
  });
  const busy = form.sending || remove.isPending;

  return (
    <form
      noValidate
      aria-label={label}
      className="space-y-4"
      onSubmit={form.submit}
      onKeyDown={(event) => {
        if (event.key === "Escape") onCancel();
      }}
    >
      {children}
      <FormRefusal form={form} />
      {remove.error && <ErrorText>{refusalOf(remove.error).message}</ErrorText>}
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex flex-wrap gap-2">
          {removal &&
            (confirming ? (
              <>
                <button type="button" className={buttonClasses("secondary", "text-critical!")} disabled={busy} onClick={() => remove.mutate(removal.path)}>
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
          <button type="submit" className={buttonClasses("primary")} disabled={busy}>
            {form.sending ? "Saving…" : submitLabel}
          </button>
        </div>
      </div>
    </form>
  );
}
