// What the review routes answer, and what the Markdown export is written from: the incident's
// times, the review, the stage durations, each service against its objectives, the timeline, and
// whether the caller may change it.
import { z } from "zod";
import { actionItemSchema, presentActionItem } from "@/lib/action-items/present";
import { incidentSchema, presentIncidentFields } from "@/lib/incidents/present";
import { IncidentRole } from "@/lib/generated/prisma/enums";
import { instant } from "@/lib/present";
import type { ReviewDetail } from "@/lib/reviews/data";
import { incidentEventListSchema, presentEvent } from "@/lib/timeline/present";
import type { IncidentEvent } from "@/lib/timeline/types";

const verdictSchema = z.enum(["met", "missed", "not_recorded"]);

/** An affected service's recovery against its targets: time against the RTO, data lost against the RPO. */
export const serviceTargetSchema = z.object({
  key: z.string(),
  name: z.string(),
  rtoTargetMinutes: z.int(),
  recoveryMinutes: z.int().nullable(),
  rto: verdictSchema,
  rpoTargetMinutes: z.int(),
  dataLossMinutes: z.int().nullable(),
  rpo: verdictSchema,
});

/** What a review save writes, and the version that names the saved state. */
const savedReviewFields = {
  heldAt: instant().nullable(),
  wentWell: z.string().nullable(),
  couldImprove: z.string().nullable(),
  documentationUpdates: z.string().nullable(),
  downtimeMinutes: z.int().nullable(),
  usersAffected: z.int().nullable(),
  estimatedCost: z.number().nullable(),
  /** Names the saved state: a save sends the version it started from. */
  version: z.int().min(1),
};

export const reviewDetailSchema = z.object({
  incident: incidentSchema.extend({ scenario: z.object({ name: z.string() }).nullable() }),
  review: z.object({
    id: z.string(),
    incidentId: z.string(),
    /** The plan's meeting within 48 hours of resolution. */
    dueAt: instant(),
    ...savedReviewFields,
    createdAt: instant(),
    updatedAt: instant(),
    /** `userId` is null for someone who is not a Muster user. */
    attendees: z.array(z.object({ id: z.string(), userId: z.string().nullable(), name: z.string() })),
    criteria: z.array(
      z.object({
        key: z.string(),
        name: z.string(),
        description: z.string(),
        met: z.boolean().nullable(),
        note: z.string().nullable(),
        /** What the measured figures suggest, with the reason in figures; null where they say nothing. */
        suggestion: z.object({ met: z.boolean(), reason: z.string() }).nullable(),
        /** The commander's confirmation, and what the figures suggested then; null until confirmed. */
        confirmation: z.object({ by: z.string().nullable(), at: instant(), suggestedMet: z.boolean().nullable() }).nullable(),
      }),
    ),
    actionItems: z.array(actionItemSchema),
    /** What the drill or the incident found; `actionItemId` names the action item made from one. */
    findings: z.array(
      z.object({ id: z.string(), text: z.string(), createdBy: z.string().nullable(), createdAt: instant(), actionItemId: z.string().nullable() }),
    ),
  }),
  /** The recovery test a drill ran: its type, scope, scenario and services; null for a real incident. */
  drill: z
    .object({ testType: z.string(), scope: z.string(), scenario: z.string().nullable(), services: z.array(z.string()) })
    .nullable(),
  durations: z.array(
    z.object({
      key: z.enum(["detect", "declare", "acknowledge", "respond", "mitigate", "resolve"]),
      label: z.string(),
      from: z.string(),
      to: z.string(),
      /** Whole minutes; null when either end was not recorded. */
      minutes: z.int().nullable(),
    }),
  ),
  services: z.array(serviceTargetSchema),
  /** The checklist's steps, and how many were done. */
  checklist: z.object({ done: z.int(), total: z.int() }),
  /** Everyone who held a role, ticked a step or attended the review, each once. */
  participants: z.array(
    z.object({
      userId: z.string().nullable(),
      name: z.string(),
      roles: z.array(z.enum(IncidentRole)),
      stepsTicked: z.int(),
      attended: z.boolean(),
    }),
  ),
  /** In the order things happened. */
  events: incidentEventListSchema,
  pinnedSeqs: z.array(z.int()),
  canEdit: z.boolean(),
  /** Whether the caller may confirm the criteria's scores: the incident's commander, or an admin. */
  canConfirm: z.boolean(),
});
/** The events keep the types their presenter gives them, which the document states as its schema. */
export type ReviewDetailView = Omit<z.infer<typeof reviewDetailSchema>, "events"> & { events: IncidentEvent[] };

export function presentReview(detail: ReviewDetail): ReviewDetailView {
  const { incident, review, drill, durations, services, checklist, participants, events, pinnedSeqs, canEdit, canConfirm } = detail;
  return {
    incident: { ...presentIncidentFields(incident), scenario: incident.scenario && { name: incident.scenario.name } },
    review: {
      id: review.id,
      incidentId: review.incidentId,
      dueAt: review.dueAt,
      heldAt: review.heldAt,
      wentWell: review.wentWell,
      couldImprove: review.couldImprove,
      documentationUpdates: review.documentationUpdates,
      downtimeMinutes: review.downtimeMinutes,
      usersAffected: review.usersAffected,
      estimatedCost: review.estimatedCost,
      version: review.version,
      createdAt: review.createdAt,
      updatedAt: review.updatedAt,
      attendees: review.attendees.map(({ id, userId, name }) => ({ id, userId, name })),
      criteria: review.criteria.map(({ key, name, description, met, note, suggestion, confirmation }) => ({
        key,
        name,
        description,
        met,
        note,
        suggestion: suggestion && { met: suggestion.met, reason: suggestion.reason },
        confirmation: confirmation && { by: confirmation.by, at: confirmation.at, suggestedMet: confirmation.suggestedMet },
      })),
      actionItems: review.actionItems.map(presentActionItem),
      findings: review.findings.map(({ id, text, createdBy, createdAt, actionItemId }) => ({
        id,
        text,
        createdBy,
        createdAt,
        actionItemId,
      })),
    },
    drill: drill && { testType: drill.testType, scope: drill.scope, scenario: drill.scenario, services: [...drill.services] },
    durations: durations.map(({ key, label, from, to, minutes }) => ({ key, label, from, to, minutes })),
    services: services.map(({ key, name, rtoTargetMinutes, recoveryMinutes, rto, rpoTargetMinutes, dataLossMinutes, rpo }) => ({
      key,
      name,
      rtoTargetMinutes,
      recoveryMinutes,
      rto,
      rpoTargetMinutes,
      dataLossMinutes,
      rpo,
    })),
    checklist: { done: checklist.done, total: checklist.total },
    participants: participants.map(({ userId, name, roles, stepsTicked, attended }) => ({ userId, name, roles: [...roles], stepsTicked, attended })),
    events: events.map(presentEvent),
    pinnedSeqs,
    canEdit,
    canConfirm,
  };
}

/** What a refused review save answers with (409): the review's text as saved now, and by whom. */
export const reviewConflictSchema = z.object({
  ...savedReviewFields,
  savedBy: z.string(),
  savedAt: instant(),
});
export type ReviewConflictView = z.infer<typeof reviewConflictSchema>;

type SavedReview = Omit<ReviewConflictView, "savedBy" | "savedAt" | "estimatedCost"> & { estimatedCost: { toNumber(): number } | null };

export function presentReviewConflict(review: SavedReview, saved: { by: string; at: Date }): ReviewConflictView {
  const { version, heldAt, wentWell, couldImprove, documentationUpdates, downtimeMinutes, usersAffected, estimatedCost } = review;
  return {
    version,
    heldAt,
    wentWell,
    couldImprove,
    documentationUpdates,
    downtimeMinutes,
    usersAffected,
    estimatedCost: estimatedCost && estimatedCost.toNumber(),
    savedBy: saved.by,
    savedAt: saved.at,
  };
}
