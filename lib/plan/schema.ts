import { z } from "zod";
import { day, text, wholeNumber } from "@/lib/input";

/** The day a review was held: today when left out, never in the future. */
const heldOn = () =>
  day()
    .refine((date) => date.getTime() <= Date.now(), "cannot be in the future")
    .optional();

export const recordPlanReviewSchema = z.strictObject({ reviewedAt: heldOn() });

export const recordReviewHeldSchema = z.strictObject({ heldAt: heldOn() });
const AGENDA_TITLE = { min: 1, max: 200 };
/** The most items a list of the plan holds; more is a pasting mistake. */
const LIST_MAX = 100;

/** A new item of the post-incident review agenda, added at its end. */
export const addAgendaItemSchema = z.strictObject({ title: text(AGENDA_TITLE) });

/** An agenda item's new title, or its new place in the agenda (1 is the first). */
export const updateAgendaItemSchema = z.strictObject({
  title: text(AGENDA_TITLE).optional(),
  position: wholeNumber({ min: 1, max: LIST_MAX }).optional(),
});

/** Any subset of a regular review as GET /api/plan/review-cadences shows it. */
export const updateReviewCadenceSchema = z.strictObject({
  name: text({ min: 1, max: 100 }).optional(),
  /** The months between two reviews, which say when the next falls due. */
  intervalMonths: wholeNumber({ min: 1, max: 60 }).optional(),
  /** What the review goes through, in order. */
  items: z.array(text({ min: 1, max: 300 })).max(LIST_MAX).optional(),
});

/** A list of the plan's items, in order, replacing what it holds. */
export const replacePlanListSchema = z.strictObject({
  items: z
    .array(
      z.strictObject({
        text: text({ min: 1, max: 500 }),
        /** The points under the item, in order. */
        details: z.array(text({ min: 1, max: 500 })).max(LIST_MAX).default([]),
      }),
    )
    .max(LIST_MAX),
});

export type UpdateReviewCadenceInput = z.input<typeof updateReviewCadenceSchema>;
export type ReplacePlanListInput = z.input<typeof replacePlanListSchema>;

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

export const markMajorVersionSchema = z.strictObject({
  /** Why this version is a major one: what it brings, who approved it. */
  note: text({ min: 1, max: 1000 }),
});
