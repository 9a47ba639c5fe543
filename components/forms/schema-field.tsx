"use client";
import type { ReactNode } from "react";
import type { FieldValues, Path, UseFormRegisterReturn } from "react-hook-form";
import type { SchemaForm } from "@/components/forms/use-schema-form";
import { describedBy, FormField } from "@/components/ui/form-field";
import { ErrorText } from "@/components/ui/error-text";

/** What a control needs to be the field: its id, its refusal for screen readers, and the form's hold on it. */
export type FieldControl = UseFormRegisterReturn & { id: string; "aria-invalid": boolean; "aria-describedby": string | undefined };

type SchemaFieldProps<Values extends FieldValues> = {
  form: SchemaForm<Values>;
  name: Path<Values>;
  id: string;
  label: string;
  /** What a refusal calls the field ("The note must be at most 4,000 characters."), when its label will not do. */
  called?: string;
  hint?: ReactNode;
  children: (control: FieldControl) => ReactNode;
};

/** One field of a schema form: its label, the control, a hint, and what is wrong with it beside it. */
export function SchemaField<Values extends FieldValues>({ form, name, id, label, called = label, hint, children }: SchemaFieldProps<Values>) {
  const error = form.errorOf(name, called);
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      {children({ id, "aria-invalid": !!error, "aria-describedby": describedBy(id, { hint, error }), ...form.register(name) })}
    </FormField>
  );
}

/** A refusal that names no field of the form (or a lost connection), said above its buttons. */
export function FormRefusal<Values extends FieldValues>({ form }: { form: SchemaForm<Values> }) {
  return form.formError ? <ErrorText>{form.formError}</ErrorText> : null;
}
