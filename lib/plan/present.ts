// What POST /api/plan/reviews answers: the plan's document control after the review was recorded.
import { z } from "zod";
import { instant } from "@/lib/present";

export const planDocumentSchema = z.object({
  id: z.string(),
  title: z.string(),
  version: z.string(),
  owner: z.string(),
  reviewFrequency: z.string(),
  reviewIntervalMonths: z.int(),
  lastUpdatedAt: instant(),
  lastReviewedAt: instant().nullable(),
  /** The last review plus the plan's review interval. */
  nextReviewAt: instant(),
  approvedBy: z.string().nullable(),
  distribution: z.array(z.string()),
  updatedAt: instant(),
});
type PlanDocumentView = z.infer<typeof planDocumentSchema>;

export function presentPlanDocument(plan: PlanDocumentView): PlanDocumentView {
  const { id, title, version, owner, reviewFrequency, reviewIntervalMonths, lastUpdatedAt, lastReviewedAt, nextReviewAt, approvedBy, distribution, updatedAt } = plan;
  return { id, title, version, owner, reviewFrequency, reviewIntervalMonths, lastUpdatedAt, lastReviewedAt, nextReviewAt, approvedBy, distribution, updatedAt };
}
