// What a form says when the shared schema or the server refuses what was typed: beside the field,
// in a sentence that names it by its label, never by the name the API gives it.
import type { z } from "zod";
import { ApiError } from "@/components/live/api-client";
import { DomainError } from "@/lib/errors";

export const UNREACHABLE = "Muster could not be reached. Check the connection and try again.";

/** A refusal as a form keeps it: on one of its fields, or (without one) above the form. */
export type Refusal = { field?: string; message: string };

/** Per field, what to do when it was left empty: "Write the update before posting." */
export type EmptyWords = Record<string, string | undefined>;

function isEmpty(typed: unknown): boolean {
  if (typeof typed === "string") return typed.trim() === "";
  if (Array.isArray(typed)) return typed.length === 0;
  return typed === undefined || typed === null;
}

/** The predicate ("must be at most 200 characters") without the field name the server puts in front. */
function withoutFieldName(message: string, field: string): string {
  const prefix = [`${field}: `, `${field} `].find((start) => message.startsWith(start));
  return prefix ? message.slice(prefix.length) : message;
}

const ENDS_A_SENTENCE = /[.!?]$/;

/**
 * The field's refusal as a sentence: a predicate such as "must be at most 200 characters" (the
 * schemas' checks say what a value must be, without a full stop) after the field's label ("Title
 * must be at most 200 characters."); a sentence of its own as it is.
 */
export function inWords(label: string, message: string): string {
  const first = message.charAt(0);
  if (ENDS_A_SENTENCE.test(message) || first !== first.toLowerCase()) return message;
  return `${label} ${message}.`;
}

/** A refusal with no field of the form to stand beside: the message, its field name left out. */
export function aboveTheForm(refusal: Refusal): string {
  const message = refusal.field ? withoutFieldName(refusal.message, refusal.field) : refusal.message;
  const sentence = message.charAt(0).toUpperCase() + message.slice(1);
  return ENDS_A_SENTENCE.test(sentence) ? sentence : `${sentence}.`;
}

/**
 * The schema's refusals, one per field of the form (the first found): `services.1.impact` belongs
 * to `services`. A field left empty says what to do in the form's own words, when it has them.
 */
export function refusalsOf(issues: readonly z.core.$ZodIssue[], typed: Record<string, unknown>, whenEmpty: EmptyWords = {}): Record<string, Refusal> {
  const refusals: Record<string, Refusal> = {};
  for (const issue of issues) {
    const field = issue.path.length ? String(issue.path[0]) : "";
    if (refusals[field]) continue;
    const words = whenEmpty[field];
    refusals[field] = { field: issue.path.map(String).join(".") || undefined, message: words && isEmpty(typed[field]) ? words : issue.message };
  }
  return refusals;
}

/** What a write threw, for the form: the server's refusal and the field it names, or a lost connection. */
export function refusalOf(error: unknown): Refusal {
  if (error instanceof ApiError || error instanceof DomainError) {
    return { field: error.field, message: error.field ? withoutFieldName(error.message, error.field) : error.message };
  }
  return { message: UNREACHABLE };
}

/** What a control without fields (a button, a select that saves as it changes) says when its write is refused. */
export function refusalInWords(error: unknown): string {
  return aboveTheForm(refusalOf(error));
}

/** The field of the form a refusal stands beside (`services` for `services.0.key`), if it has one. */
export function fieldOfForm(refusal: Refusal, fields: readonly string[]): string | undefined {
  const top = refusal.field?.split(".")[0];
  return top && fields.includes(top) ? top : undefined;
}
