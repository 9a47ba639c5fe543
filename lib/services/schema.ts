import { z } from "zod";
import { id, text, wholeNumber } from "@/lib/input";

/** A year: no recovery objective of a plan is longer; more is a typing mistake. */
const OBJECTIVE_MAX_MINUTES = 60 * 24 * 365;

/** Any subset of a service as GET /api/services shows it; null clears a rating (an unrated dependency). */
export const updateServiceSchema = z.strictObject({
  name: text({ min: 1, max: 100 }).optional(),
  /** 1 is the most urgent. */
  priority: wholeNumber({ min: 1, max: 9 }).nullable().optional(),
  rtoMinutes: wholeNumber({ max: OBJECTIVE_MAX_MINUTES }).nullable().optional(),
  rpoMinutes: wholeNumber({ max: OBJECTIVE_MAX_MINUTES }).nullable().optional(),
  /** The keys of the services this one needs running first. */
  dependsOn: z.array(id("a service's key")).max(50).optional(),
  /** Shown on the public status page. */
  isPublic: z.boolean().optional(),
});

export type UpdateServiceInput = z.input<typeof updateServiceSchema>;

/** A new service: a name at least; its key is made from the name unless given. */
export const createServiceSchema = updateServiceSchema.extend({
  name: text({ min: 1, max: 100 }),
  /** The stable key automation names it by: lower case, digits and dashes. */
  key: id("a service's key").optional(),
});
