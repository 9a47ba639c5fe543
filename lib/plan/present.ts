// What GET /api/plan, PATCH /api/plan and POST /api/plan/reviews answer: the plan document's details and control.
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

// What GET /api/plan/versions answers: the plan's change record, newest first.
const itemValuesSchema = z.record(z.string(), z.unknown());

export const planChangeSchema = z.object({
  /** The plan version the change produced. */
  version: z.string(),
  kind: z.string(),
  /** The item's key (a service) or id (a contact). */
  key: z.string(),
  label: z.string(),
  /** The changed fields as they were, and as they became. */
  before: itemValuesSchema.nullable(),
  after: itemValuesSchema.nullable(),
  changedBy: z.object({ id: z.string(), name: z.string() }),
  changedAt: instant(),
});
export const planChangeListSchema = z.array(planChangeSchema);
type PlanChangeView = z.infer<typeof planChangeSchema>;

type PlanChangeRow = {
  version: string;
  kind: string;
  itemKey: string;
  label: string;
  before: unknown;
  after: unknown;
  changedById: string;
  changedByName: string;
  changedAt: Date;
};

const asValues = (value: unknown) => (value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null);

export function presentPlanChanges(changes: readonly PlanChangeRow[]): PlanChangeView[] {
  return changes.map(({ version, kind, itemKey, label, before, after, changedById, changedByName, changedAt }) => ({
    version,
    kind,
    key: itemKey,
    label,
    before: asValues(before),
    after: asValues(after),
    changedBy: { id: changedById, name: changedByName },
    changedAt,
  }));
}
