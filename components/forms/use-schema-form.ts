"use client";
import { useRef } from "react";
import { useForm, type DefaultValues, type FieldErrors, type FieldValues, type Path, type Resolver } from "react-hook-form";
import type { z } from "zod";
import { aboveTheForm, fieldOfForm, inWords, refusalOf, refusalsOf, type EmptyWords } from "@/components/forms/form-words";

/** A schema, or for a form on a page's first load the import that brings it. */
type SchemaSource<Schema extends z.ZodType> = Schema | (() => Promise<Schema>);
type Check = (input: unknown) => z.ZodSafeParseResult<unknown>;

const CHECKS_UNAVAILABLE = "The form could not load what it checks with: check the connection and try again.";

/** The schema's check in Muster's words; zod comes with the validation module when it is not in yet. */
async function checkOf<Schema extends z.ZodType>(source: SchemaSource<Schema>): Promise<Check> {
  const [{ fallbackMessage }, schema] = await Promise.all([import("@/lib/validation"), typeof source === "function" ? source() : source]);
  return (input) => schema.safeParse(input, { error: fallbackMessage });
}

type SchemaFormOptions<Values extends FieldValues, Schema extends z.ZodType> = {
  /**
   * The schema the server's mutation parses: the form refuses what the server would, before
   * sending. A form shown on a page's first load passes its import, so that the schema library
   * (the heaviest script a form has) comes when the form is first used rather than with the page.
   */
  schema: SchemaSource<Schema>;
  /** Every field of the form, as it starts; a server refusal naming another field shows above the form. */
  defaultValues: Values;
  /** What the server takes, from what was typed (numbers from digits, lists from lines); as typed otherwise. */
  toInput?: (values: Values) => unknown;
  /** Per field, what to do when it was left empty, in the form's words. */
  whenEmpty?: Partial<Record<Path<Values>, string>>;
  /** Sends the checked input; a refusal it throws is shown beside its field. */
  send: (input: z.input<Schema>, values: Values) => Promise<unknown>;
};

/**
 * A form on react-hook-form checked with the server's own schema: what is wrong is said beside its
 * field in words, a refusal from the server too, and a lost connection above the form.
 */
export function useSchemaForm<Values extends FieldValues, Schema extends z.ZodType>({
  schema,
  defaultValues,
  toInput = (values) => values,
  whenEmpty = {},
  send,
}: SchemaFormOptions<Values, Schema>) {
  const fields = Object.keys(defaultValues);
  const check = useRef<Promise<Check> | null>(null);
  /** Brings the schema before the first check needs it: called when the form is first focused. */
  const prepare = () => {
    check.current ??= checkOf(schema).catch((error: unknown) => {
      check.current = null;
      throw error;
    });
    return check.current;
  };
  const resolver: Resolver<Values, unknown, z.input<Schema>> = async (values) => {
    const input = toInput(values);
    let result: z.ZodSafeParseResult<unknown>;
    try {
      result = (await prepare())(input);
    } catch {
      return { values: {}, errors: { root: { type: "schema", message: CHECKS_UNAVAILABLE } } as FieldErrors<Values> };
    }
    // What was typed is sent, not what the schema made of it: the server parses it again.
    if (result.success) return { values: input as z.input<Schema>, errors: {} };
    const refusals = Object.values(refusalsOf(result.error.issues, values, whenEmpty as EmptyWords));
    const errors = Object.fromEntries(
      refusals.map((refusal) => {
        const field = fieldOfForm(refusal, fields);
        return field ? [field, { type: "schema", message: refusal.message, types: { path: refusal.field } }] : ["root", { type: "schema", message: aboveTheForm(refusal) }];
      }),
    ) as FieldErrors<Values>;
    return { values: {}, errors };
  };
  const form = useForm<Values, unknown, z.input<Schema>>({ defaultValues: defaultValues as DefaultValues<Values>, resolver });

  const submit = form.handleSubmit(async (input) => {
    try {
      await send(input, form.getValues());
    } catch (error) {
      const refusal = refusalOf(error);
      const field = fieldOfForm(refusal, fields);
      if (field) form.setError(field as Path<Values>, { type: "server", message: refusal.message, types: { path: refusal.field } }, { shouldFocus: true });
      else form.setError("root", { type: "server", message: aboveTheForm(refusal) });
    }
  });

  /** The refusal of `name`, as a sentence that calls the field by its label. */
  function errorOf(name: Path<Values>, label: string): string | null {
    const message = form.getFieldState(name, form.formState).error?.message;
    return message ? inWords(label, message) : null;
  }

  /** Where inside `name` its refusal lies ("services.1.impact"), for a form that shows it beside one entry of a list. */
  function refusedAt(name: Path<Values>): string | undefined {
    const path = form.getFieldState(name, form.formState).error?.types?.path;
    return typeof path === "string" ? path : undefined;
  }

  return { ...form, submit, prepare: () => void prepare().catch(() => undefined), errorOf, refusedAt, formError: form.formState.errors.root?.message ?? null, sending: form.formState.isSubmitting };
}

export type SchemaForm<Values extends FieldValues> = ReturnType<typeof useSchemaForm<Values, z.ZodType>>;
