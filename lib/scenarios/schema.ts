import { z } from "zod";
import { Severity } from "@/lib/generated/prisma/enums";
import { id, text, wholeNumber } from "@/lib/input";

/** A week: no tier of a plan waits longer to recover, or between status updates; more is a typing mistake. */
const TIER_MAX_MINUTES = 60 * 24 * 7;

/** Any subset of a scenario as GET /api/scenarios shows it. */
export const updateScenarioSchema = z.strictObject({
  name: text({ min: 1, max: 100 }).optional(),
  /** The tier the scenario belongs to: its objectives and the severity an incident of it is declared with. */
  severity: z.enum(Severity).optional(),
  /** What such a disaster looks like, one example a line. */
  examples: z.array(text({ min: 1, max: 200 })).max(20).optional(),
  /** The keys of the runbooks a declaration of this scenario brings in, in the order they are worked. */
  runbooks: z.array(id("a runbook's key")).max(20).optional(),
});

export type UpdateScenarioInput = z.input<typeof updateScenarioSchema>;

/** A new scenario: its name and tier at least; its key is made from the name unless given. */
export const createScenarioSchema = updateScenarioSchema.extend({
  name: text({ min: 1, max: 100 }),
  severity: z.enum(Severity, { error: `must be one of ${Object.values(Severity).join(", ")}` }),
  key: id("a scenario's key").optional(),
});

/** Any subset of a recovery tier as GET /api/recovery-tiers shows it. */
export const updateRecoveryTierSchema = z.strictObject({
  name: text({ min: 1, max: 100 }).optional(),
  /** The RTO range a service of the tier must be back within: from… */
  rtoMinMinutes: wholeNumber({ max: TIER_MAX_MINUTES }).optional(),
  /** …to, no less than its start. */
  rtoMaxMinutes: wholeNumber({ max: TIER_MAX_MINUTES }).optional(),
  rpoMinutes: wholeNumber({ max: TIER_MAX_MINUTES }).optional(),
  /** How often the commander posts a status update at this severity. */
  statusUpdateIntervalMinutes: wholeNumber({ min: 1, max: TIER_MAX_MINUTES }).optional(),
});

export type UpdateRecoveryTierInput = z.input<typeof updateRecoveryTierSchema>;
