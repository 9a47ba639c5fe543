import { z } from "zod";
import { DomainError } from "@/lib/errors";
import { id } from "@/lib/input";

type Issue = z.core.$ZodRawIssue;

function list(values: readonly unknown[]) {
  const words = values.map(String);
  return words.length > 1 ? `${words.slice(0, -1).join(", ")} or ${words.at(-1)}` : words.join("");
}

/** Words for the refusals a schema leaves to zod, which would otherwise speak zod's own language. */
export function fallbackMessage(issue: Issue): string | undefined {
  if (issue.input === undefined && issue.code === "invalid_type") return "is required";
  switch (issue.code) {
    case "invalid_type":
      return issue.expected === "object" ? "must be a JSON object" : `must be ${issue.expected === "array" ? "a list" : issue.expected}`;
    case "invalid_value":
      return `must be ${list(issue.values)}`;
    case "too_small":
      return issue.origin === "array" ? `must have at least ${issue.minimum} ${issue.minimum === 1 ? "entry" : "entries"}` : undefined;
    case "too_big":
      return issue.origin === "array" ? `must have at most ${issue.maximum} entries` : undefined;
    default:
      return undefined;
  }
}

/** The field at fault as a reader names it: "services.0.key"; an unknown key names itself. */
function fieldOf(issue: z.core.$ZodIssue): string | undefined {
  const path = issue.code === "unrecognized_keys" ? [...issue.path, issue.keys[0]] : issue.path;
  return path.map(String).join(".") || undefined;
}

function messageOf(issue: z.core.$ZodIssue, field: string | undefined): string {
  if (issue.code === "unrecognized_keys") {
    const keys = issue.keys.map((key) => [...issue.path, key].join("."));
    return `${list(keys)} ${keys.length > 1 ? "are not fields" : "is not a field"} this request takes`;
  }
  if (field) return `${field} ${issue.message}`;
  return issue.code === "invalid_type" ? `The request ${issue.message}.` : issue.message;
}

/**
 * Parses input against a mutation's schema; bad input becomes a 400 naming the field, in a sentence
 * such as "detectedAt must be a date and time, such as 2026-12-01T09:30:00Z".
 */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.infer<Schema> {
  const result = schema.safeParse(input, { error: fallbackMessage });
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = fieldOf(issue);
  throw new DomainError("invalid", messageOf(issue, field), field);
}

/**
 * An id from a request's path, checked as a body's id is: one that no row can have (a NUL byte, a
 * thousand characters) is a 400 naming it, rather than a query the database refuses.
 */
export function parseId(value: string, field: string, what: string): string {
  return parseInput(z.object({ [field]: id(what) }), { [field]: value })[field];
}
