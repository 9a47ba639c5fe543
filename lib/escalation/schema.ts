import { z } from "zod";
import { id, text, wholeNumber } from "@/lib/input";

export const escalationReasonSchema = z.strictObject({
  /** Why, in a few words: it goes on the timeline. */
  reason: text({ min: 3, max: 500 }),
});

/** A week after detection: no escalation level of a plan waits longer; more is a typing mistake. */
const ESCALATION_MAX_MINUTES = 60 * 24 * 7;

/** Any subset of an escalation level as GET /api/escalation-levels shows it. */
export const updateEscalationLevelSchema = z.strictObject({
  name: text({ min: 1, max: 100 }).optional(),
  /** Minutes after detection at which the level fires: after the level before it, before the one after. */
  afterMinutes: wholeNumber({ max: ESCALATION_MAX_MINUTES }).optional(),
  /** When the next level takes over; null (open) only for the last level. */
  untilMinutes: wholeNumber({ max: ESCALATION_MAX_MINUTES }).nullable().optional(),
  /** Who it brings in, in words: "Technical lead + Incident commander". */
  audience: text({ min: 1, max: 200 }).optional(),
  /** The ids of the contacts the level brings in (GET /api/contacts), in the order to call them. */
  contactIds: z.array(id("a contact's id")).min(1).max(50).optional(),
});

export type UpdateEscalationLevelInput = z.input<typeof updateEscalationLevelSchema>;

/** A new escalation level: its name, threshold, audience and contacts; open-ended unless it is given an end. */
export const createEscalationLevelSchema = updateEscalationLevelSchema.extend({
  name: text({ min: 1, max: 100 }),
  afterMinutes: wholeNumber({ max: ESCALATION_MAX_MINUTES }),
  audience: text({ min: 1, max: 200 }),
  contactIds: z.array(id("a contact's id")).min(1).max(50),
});
