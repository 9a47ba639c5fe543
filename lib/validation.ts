import { z } from "zod";
import { DomainError } from "@/lib/errors";

/** Parses input against a mutation's schema; bad input becomes a 400 naming the field. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.infer<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue.path.join(".") || undefined;
  throw new DomainError("invalid", field ? `${field}: ${issue.message}` : issue.message, field);
}
