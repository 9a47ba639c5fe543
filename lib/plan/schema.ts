import { z } from "zod";
import { day } from "@/lib/input";

export const recordPlanReviewSchema = z.strictObject({
  /** The day the review was held; today when left out. */
  reviewedAt: day()
    .refine((date) => date.getTime() <= Date.now(), "cannot be in the future")
    .optional(),
});

export type RecordPlanReviewInput = z.input<typeof recordPlanReviewSchema>;
