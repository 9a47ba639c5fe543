// A refused write as the incident screens show it: the server's message beside the field it names.
import { UNREACHABLE } from "@/components/forms/form-words";
import { ApiError } from "@/components/live/api-client";
import { DomainError } from "@/lib/errors";

export type FormError = { field?: string; message: string };

/** From what a mutation threw: the server's refusal, the shared schema's, or a lost connection. */
export function toFormError(error: unknown): FormError {
  if (error instanceof ApiError || error instanceof DomainError) return { field: error.field, message: error.message };
  return { message: UNREACHABLE };
}

/**
 * The message for `field` (or anything inside it, such as `services.0.key` for `services`), without
 * the "title " (or "title: ") the server puts in front: beside its field, the field needs no naming.
 */
export function errorFor(error: FormError | null, field: string): string | null {
  if (!error?.field || (error.field !== field && !error.field.startsWith(`${field}.`))) return null;
  const prefix = [`${error.field}: `, `${error.field} `].find((start) => error.message.startsWith(start));
  const message = prefix ? error.message.slice(prefix.length) : error.message;
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/** The message alone, for a form that shows one error for several fields. */
export function plainMessage(error: FormError): string {
  return (error.field && errorFor(error, error.field)) || error.message;
}
