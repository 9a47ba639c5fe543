"use client";
import type { ReactNode } from "react";
import type { FieldValues, Path, UseFormRegisterReturn } from "react-hook-form";
import type { SchemaForm } from "@/components/forms/use-schema-form";
import { buttonClasses } from "@/components/ui/button-classes";
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

type SendOrCloseProps<Values extends FieldValues> = {
  form: SchemaForm<Values>;
  send: string;
  /** What closing the form without sending is called: "Cancel", or what it keeps. */
  close?: string;
  onClose: () => void;
  tone?: "primary" | "secondary";
};

/** The end of a form opened in place: its refusal, if any, then the send button and the way out. */
export function SendOrClose<Values extends FieldValues>({ form, send, close = "Cancel", onClose, tone = "primary" }: SendOrCloseProps<Values>) {
  return (
    <>
      <FormRefusal form={form} />
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={form.sending} className={buttonClasses(tone)}>
          {send}
        </button>
        <button type="button" onClick={onClose} className={buttonClasses("quiet")}>
          {close}
        </button>
      </div>
    </>
  );
}
