import { z } from "zod";
import { day, text } from "@/lib/input";

export const recordPlanReviewSchema = z.strictObject({
  /** The day the review was held; today when left out. */
  reviewedAt: day()
    .refine((date) => date.getTime() <= Date.now(), "cannot be in the future")
    .optional(),
});

export type RecordPlanReviewInput = z.input<typeof recordPlanReviewSchema>;

export const markMajorVersionSchema = z.strictObject({
  /** Why this version is a major one: what it brings, who approved it. */
  note: text({ min: 1, max: 1000 }),
});
