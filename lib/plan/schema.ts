import { z } from "zod";
import { day, text, wholeNumber } from "@/lib/input";

export const recordPlanReviewSchema = z.strictObject({
  /** The day the review was held; today when left out. */
  reviewedAt: day()
    .refine((date) => date.getTime() <= Date.now(), "cannot be in the future")
    .optional(),
});

export type RecordPlanReviewInput = z.input<typeof recordPlanReviewSchema>;

const DOCUMENT_TEXT = { min: 1, max: 200 };

/** Any subset of the plan document as GET /api/plan shows it. */
export const updatePlanDocumentSchema = z.strictObject({
  title: text(DOCUMENT_TEXT).optional(),
  /** The team or person who keeps the plan. */
  owner: text(DOCUMENT_TEXT).optional(),
  /** How the plan says it is reviewed, in words: "Quarterly". */
  reviewFrequency: text({ min: 1, max: 100 }).optional(),
  /** Months from one review to the next; the next review's date moves with it. */
  reviewIntervalMonths: wholeNumber({ min: 1, max: 60 }).optional(),
  /** Who approved the plan ("Jane Doe, CTO, 2026-12-01"); null while nobody has. */
  approvedBy: text(DOCUMENT_TEXT).nullable().optional(),
  /** Who receives the plan, one reader a line. */
  distribution: z.array(text(DOCUMENT_TEXT)).max(50).optional(),
});

export type UpdatePlanDocumentInput = z.input<typeof updatePlanDocumentSchema>;
