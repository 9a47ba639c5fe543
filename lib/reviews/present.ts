// What the review routes answer, and what the Markdown export is written from: the incident's
// times, the review, the stage durations, each service against its objectives, the timeline, and
// whether the caller may change it.
import { z } from "zod";
import { actionItemSchema, presentActionItem } from "@/lib/action-items/present";
import { incidentSchema, presentIncidentFields } from "@/lib/incidents/present";
import { instant } from "@/lib/present";
import type { ReviewDetail } from "@/lib/reviews/data";
import { incidentEventListSchema, presentEvent } from "@/lib/timeline/present";
import type { IncidentEvent } from "@/lib/timeline/types";

const verdictSchema = z.enum(["met", "missed", "not_recorded"]);

export const reviewDetailSchema = z.object({
  incident: incidentSchema.extend({ scenario: z.object({ name: z.string() }).nullable() }),
  review: z.object({
    id: z.string(),
    incidentId: z.string(),
    /** The plan's meeting within 48 hours of resolution. */
    dueAt: instant(),
    heldAt: instant().nullable(),
    wentWell: z.string().nullable(),
    couldImprove: z.string().nullable(),
    documentationUpdates: z.string().nullable(),
    downtimeMinutes: z.int().nullable(),
    usersAffected: z.int().nullable(),
    estimatedCost: z.number().nullable(),
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
        /** What the services' outcomes suggest, for the RTO and RPO criteria. */
        suggestion: z.object({ met: z.boolean(), reason: z.string() }).nullable(),
      }),
    ),
    actionItems: z.array(actionItemSchema),
  }),
  durations: z.array(
    z.object({
      key: z.enum(["detect", "declare", "acknowledge", "mitigate", "resolve"]),
      label: z.string(),
      from: z.string(),
      to: z.string(),
      /** Whole minutes; null when either end was not recorded. */
      minutes: z.int().nullable(),
    }),
  ),
  services: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      rtoTargetMinutes: z.int(),
      recoveryMinutes: z.int().nullable(),
      rto: verdictSchema,
      rpoTargetMinutes: z.int(),
      dataLossMinutes: z.int().nullable(),
      rpo: verdictSchema,
    }),
  ),
  /** In the order things happened. */
  events: incidentEventListSchema,
  pinnedSeqs: z.array(z.int()),
  canEdit: z.boolean(),
});
/** The events keep the types their presenter gives them, which the document states as its schema. */
export type ReviewDetailView = Omit<z.infer<typeof reviewDetailSchema>, "events"> & { events: IncidentEvent[] };

export function presentReview({ incident, review, durations, services, events, pinnedSeqs, canEdit }: ReviewDetail): ReviewDetailView {
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
      createdAt: review.createdAt,
      updatedAt: review.updatedAt,
      attendees: review.attendees.map(({ id, userId, name }) => ({ id, userId, name })),
      criteria: review.criteria.map(({ key, name, description, met, note, suggestion }) => ({
        key,
        name,
        description,
        met,
        note,
        suggestion: suggestion && { met: suggestion.met, reason: suggestion.reason },
      })),
      actionItems: review.actionItems.map(presentActionItem),
    },
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
    events: events.map(presentEvent),
    pinnedSeqs,
    canEdit,
  };
}
