// What GET /api/plan, PATCH /api/plan and POST /api/plan/reviews answer: the plan document's details and control.
import { z } from "zod";
import { instant, recordedValues } from "@/lib/present";

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
  /** Why an admin marked this version as a major one; null for a change to an item. */
  note: z.string().nullable(),
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
  note: string | null;
  changedById: string;
  changedByName: string;
  changedAt: Date;
};

export function presentPlanChanges(changes: readonly PlanChangeRow[]): PlanChangeView[] {
  return changes.map(({ version, kind, itemKey, label, before, after, note, changedById, changedByName, changedAt }) => ({
    version,
    kind,
    key: itemKey,
    label,
    before: recordedValues(before),
    after: recordedValues(after),
    note,
    changedBy: { id: changedById, name: changedByName },
    changedAt,
  }));
}

// What GET /api/plan/upkeep answers: the plan's own review and its regular reviews, with due dates.
export const upkeepItemSchema = z.object({
  /** "document" for the plan's own review, else the regular review's key. */
  key: z.string(),
  name: z.string(),
  dueAt: instant(),
  lastHeldAt: instant().nullable(),
  isDue: z.boolean(),
});
export const upkeepListSchema = z.array(upkeepItemSchema);

export function presentUpkeep(items: readonly z.infer<typeof upkeepItemSchema>[]): z.infer<typeof upkeepListSchema> {
  return items.map(({ key, name, dueAt, lastHeldAt, isDue }) => ({ key, name, dueAt, lastHeldAt, isDue }));
}

// What the review agenda, the regular reviews and the plan's lists answer.
export const agendaItemSchema = z.object({
  key: z.string(),
  title: z.string(),
  /** Its place in the agenda, 1 first. */
  position: z.int(),
});
export const agendaSchema = z.array(agendaItemSchema);
type AgendaItemView = z.infer<typeof agendaItemSchema>;

export function presentAgenda(items: readonly AgendaItemView[]): AgendaItemView[] {
  return items.map(({ key, title }, index) => ({ key, title, position: index + 1 }));
}

export const reviewCadenceSchema = z.object({
  key: z.string(),
  name: z.string(),
  intervalMonths: z.int(),
  items: z.array(z.string()),
  lastHeldAt: instant().nullable(),
});
export const reviewCadenceListSchema = z.array(reviewCadenceSchema);
type ReviewCadenceView = z.infer<typeof reviewCadenceSchema>;

export function presentReviewCadence({ key, name, intervalMonths, items, lastHeldAt }: ReviewCadenceView): ReviewCadenceView {
  return { key, name, intervalMonths, items, lastHeldAt };
}

const planListItemSchema = z.object({ text: z.string(), details: z.array(z.string()) });
export const planListSchema = z.object({
  key: z.string(),
  title: z.string(),
  /** Where the list sits in the plan: "Continuous Improvement › Training". */
  section: z.string(),
  items: z.array(planListItemSchema),
});
export const planListListSchema = z.array(planListSchema);
type PlanListView = z.infer<typeof planListSchema>;

export function presentPlanList({ key, title, section, items }: PlanListView): PlanListView {
  return { key, title, section, items: items.map(({ text, details }) => ({ text, details })) };
}

// What GET /api/plan/versions/{a}/diff/{b} answers: what differs between two versions, item by item.
export const planDiffSchema = z.object({
  a: z.string(),
  b: z.string(),
  items: z.array(
    z.object({
      kind: z.string(),
      key: z.string(),
      /** The item's name at the later of the two versions. */
      label: z.string(),
      /** Each field that differs, with its value at version a and at version b. */
      fields: z.array(z.object({ field: z.string(), a: z.unknown(), b: z.unknown() })),
      /** The same, in a sentence. */
      words: z.string(),
    }),
  ),
  /** The versions between the two that an admin marked as major, with their notes. */
  majorVersions: z.array(z.object({ version: z.string(), note: z.string().nullable() })),
});
