"use client";
import type { FieldValues, Path } from "react-hook-form";
import { SchemaField } from "@/components/forms/schema-field";
import type { SchemaForm } from "@/components/forms/use-schema-form";
import { fieldClasses } from "@/components/ui/field-classes";

/** A number field's text: digits as a whole number, empty as no value; anything else goes to the schema's check as typed. */
export function asNumber(text: string): number | string | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

type PlanTextFieldProps<Values extends FieldValues> = {
  form: SchemaForm<Values>;
  name: Path<Values>;
  id: string;
  label: string;
  /** What a refusal calls the field, when its label will not do. */
  called?: string;
  hint?: string;
  type?: "text" | "email" | "tel";
  /** Whole numbers: the phone keypad shows digits. */
  numeric?: boolean;
};

/** One line of a plan edit form: its label, a hint, and what is wrong with it beside it. */
export function PlanTextField<Values extends FieldValues>({ form, name, id, label, called, hint, type = "text", numeric = false }: PlanTextFieldProps<Values>) {
  return (
    <SchemaField form={form} name={name} id={id} label={label} called={called} hint={hint}>
      {(control) => <input {...control} type={type} inputMode={numeric ? "numeric" : undefined} className={fieldClasses()} />}
    </SchemaField>
  );
}
