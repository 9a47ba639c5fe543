"use client";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import type { z } from "zod";
import { FormRefusal, SchemaField } from "@/components/forms/schema-field";
import { useSchemaForm } from "@/components/forms/use-schema-form";
import { api } from "@/components/live/api-client";
import { linesOf } from "@/components/plan-lines-field";
import { PlanSaveFooter } from "@/components/plan-save-footer";
import { asNumber } from "@/components/plan-text-field";
import { fieldClasses } from "@/components/ui/field-classes";

export type PlanItemField = {
  /** The field's name, as the item's GET answer and PATCH take it. */
  field: string;
  label: string;
  hint?: string;
  /** A whole number, several lines of text, a list (one entry a line) or one of `options`; one line of text otherwise. */
  kind?: "number" | "textarea" | "lines" | "select";
  /** Left empty, the field is cleared (null). */
  optional?: boolean;
  /** A select's choices; its empty choice, for an optional field, is labelled `none`. */
  options?: readonly { value: string; label: string }[];
  none?: string;
};

type PlanItemEditFormProps = {
  /** What the item is called, as its summary says it: "Edit Database Backups". */
  title: string;
  /** Unique on the page: the fields' ids start with it. */
  idPrefix: string;
  /** Where the item is written, with PATCH. */
  path: string;
  schema: z.ZodType;
  fields: readonly PlanItemField[];
  values: Record<string, string | number | readonly string[] | null>;
  saveLabel: string;
  /** Inside the item's own card, below what it shows; a card of its own otherwise. */
  embedded?: boolean;
};

/** What a field shows to begin with: a list one entry a line. */
function typedOf(value: PlanItemEditFormProps["values"][string]): string {
  if (Array.isArray(value)) return value.join("\n");
  return value?.toString() ?? "";
}

function inputOf(fields: readonly PlanItemField[], typed: Record<string, string>) {
  return Object.fromEntries(
    fields.map(({ field, kind, optional }) => {
      const text = typed[field];
      if (kind === "number") return [field, asNumber(text)];
      if (kind === "lines") return [field, linesOf(text)];
      if ((optional || kind === "select") && text.trim() === "") return [field, null];
      return [field, text];
    }),
  );
}

/** One item of the plan, edited by a plan admin; the page shows the saved values once saved. */
export function PlanItemEditForm({ title, idPrefix, path, schema, fields, values, saveLabel, embedded = false }: PlanItemEditFormProps) {
  const router = useRouter();
  const [refreshing, startTransition] = useTransition();
  const form = useSchemaForm({
    schema,
    defaultValues: Object.fromEntries(fields.map(({ field }) => [field, typedOf(values[field])])),
    toInput: (typed) => inputOf(fields, typed),
    send: async (input) => {
      await api(path, { method: "PATCH", body: input });
      startTransition(() => router.refresh());
    },
  });
  const id = (field: string) => `${idPrefix}-${field}`;

  return (
    <details className={embedded ? "mt-4 border-t border-line pt-3" : "rounded-xl border border-line bg-surface p-4"}>
      <summary className={embedded ? "cursor-pointer text-sm font-medium text-accent" : "cursor-pointer font-medium text-ink"}>{title}</summary>
      <form noValidate aria-label={title} className="mt-4 space-y-4" onSubmit={form.submit}>
        {fields.map(({ field, label, hint, kind, options = [], none = "None" }) => (
          <SchemaField key={field} form={form} name={field} id={id(field)} label={label} hint={hint}>
            {(control) =>
              kind === "select" ? (
                <select {...control} className={fieldClasses()}>
                  <option value="">{none}</option>
                  {options.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
              ) : kind === "textarea" || kind === "lines" ? (
                <textarea {...control} rows={kind === "lines" ? 5 : 3} className={fieldClasses("resize-y py-2")} />
              ) : (
                <input {...control} type="text" inputMode={kind === "number" ? "numeric" : undefined} className={fieldClasses()} />
              )
            }
          </SchemaField>
        ))}
        <FormRefusal form={form} />
        <PlanSaveFooter label={saveLabel} saving={form.sending} saved={form.formState.isSubmitSuccessful} refreshing={refreshing} />
      </form>
    </details>
  );
}
