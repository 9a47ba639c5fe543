"use client";
import type { FieldValues, Path } from "react-hook-form";
import { SchemaField } from "@/components/forms/schema-field";
import type { SchemaForm } from "@/components/forms/use-schema-form";
import { fieldClasses } from "@/components/ui/field-classes";

type PlanLinesFieldProps<Values extends FieldValues> = {
  form: SchemaForm<Values>;
  name: Path<Values>;
  id: string;
  label: string;
  called?: string;
  hint?: string;
};

/** A plan edit form's list of short texts, written one a line: a scenario's examples, the plan's distribution. */
export function PlanLinesField<Values extends FieldValues>({ form, name, id, label, called, hint = "One a line." }: PlanLinesFieldProps<Values>) {
  const lines = String(form.watch(name) ?? "");
  return (
    <SchemaField form={form} name={name} id={id} label={label} called={called} hint={hint}>
      {(control) => <textarea {...control} rows={Math.min(8, Math.max(3, lines.split("\n").length + 1))} className={fieldClasses("py-2")} />}
    </SchemaField>
  );
}

/** The lines as the list the API takes: empty lines left out. */
export function linesOf(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
}
