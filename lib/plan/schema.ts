import { z } from "zod";

export const recordPlanReviewSchema = z.object({
  /** The day the review was held; today when left out. */
  reviewedAt: z.coerce
    .date({ error: "must be a date such as 2026-11-25" })
    .refine((date) => date.getTime() <= Date.now(), "cannot be in the future")
    .optional(),
});

export type RecordPlanReviewInput = z.input<typeof recordPlanReviewSchema>;
