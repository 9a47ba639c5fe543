import "server-only";
// The post-incident review (the plan's "Post-Incident Review Process"): created when the incident
// is resolved, then filled in by the people who worked it. Each change is on the incident's
// timeline, written in the same transaction.
import { DomainError } from "@/lib/errors";
import type { PostIncidentReview } from "@/lib/generated/prisma/client";
import { MINUTE_MS } from "@/lib/format";
import { canCommandIncident } from "@/lib/incidents/ability";
import { guardIncident } from "@/lib/incidents/data";
import { guardReview, scoringFigures } from "@/lib/reviews/data";
import { presentReviewConflict } from "@/lib/reviews/present";
import {
  addAttendeeSchema,
  addFindingSchema,
  confirmCriterionSchema,
  recordDataLossSchema,
  recordImpactStartSchema,
  scoreCriterionSchema,
  updateReviewSchema,
} from "@/lib/reviews/schema";
import { suggestedScores } from "@/lib/reviews/suggestions";
import type { EventContent } from "@/lib/timeline/events";
import { appendEvent, writeIncident, type Tx } from "@/lib/timeline/mutations";
import type { IncidentEvent } from "@/lib/timeline/types";
import type { SignedInUser } from "@/lib/users/data";
import { parseInput } from "@/lib/validation";

/** The plan: "Review Meeting (Within 48 hours)" of resolution. */
export const REVIEW_DUE_AFTER_MS = 48 * 60 * MINUTE_MS;

/**
 * Creates the incident's review as it is resolved, inside the resolving transaction: due 48 hours
 * later, everyone who held a role (and the declarer) invited, each of the plan's success criteria
 * waiting for a score. Null when the incident has a review already.
 */
export async function createReview(tx: Tx, incident: { id: string; createdById: string; resolvedAt: Date }): Promise<IncidentEvent | null> {
  if (await tx.postIncidentReview.findUnique({ where: { incidentId: incident.id }, select: { id: true } })) return null;
  const [declarer, roles, criteria] = await Promise.all([
    tx.user.findUniqueOrThrow({ where: { id: incident.createdById }, select: { id: true, name: true } }),
    tx.incidentRoleAssignment.findMany({
      where: { incidentId: incident.id },
      orderBy: { startedAt: "asc" },
      select: { user: { select: { id: true, name: true } } },
    }),
    tx.successCriterion.findMany({ orderBy: { position: "asc" }, select: { key: true } }),
  ]);
  const people = new Map([declarer, ...roles.flatMap((role) => (role.user ? [role.user] : []))].map((person) => [person.id, person]));
  const dueAt = new Date(incident.resolvedAt.getTime() + REVIEW_DUE_AFTER_MS);
  await tx.postIncidentReview.create({
    data: {
      incidentId: incident.id,
      dueAt,
      attendees: { create: [...people.values()].map((person) => ({ userId: person.id, name: person.name })) },
      criteria: { create: criteria.map((criterion) => ({ criterionKey: criterion.key })) },
    },
  });
  return appendEvent(tx, incident.id, {
    type: "review.created",
    actor: null,
    data: { dueAt: dueAt.toISOString(), attendees: [...people.values()].map((person) => person.name) },
    occurredAt: incident.resolvedAt,
  });
}

/** A change to the review: guarded, and on the timeline with its author. */
function writeReview<Result>(
  user: SignedInUser,
  incidentId: string,
  work: (tx: Tx, review: PostIncidentReview) => Promise<{ result: Result; event: EventContent | null }>,
) {
  return writeIncident(async (tx) => {
    const review = await guardReview(tx, incidentId, user);
    const { result, event } = await work(tx, review);
    return { result, events: event ? [await appendEvent(tx, incidentId, { ...event, actor: user })] : [] };
  });
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) return (a as Date | null)?.getTime() === (b as Date | null)?.getTime();
  // The cost is a Decimal in the row and a number in the input.
  return a === b || (typeof b === "number" && a !== null && Number(a) === b);
}

/** The meeting's time, the agenda's notes and the business impact; what did not change is left out. */
export async function updateReview(user: SignedInUser, incidentId: string, input: unknown) {
  return writeReview(user, incidentId, async (tx, review) => {
    const { version: seen, ...changes } = parseInput(updateReviewSchema, input);
    if (seen !== undefined && seen !== review.version) throw await savedFirst(tx, review);
    const changed: Partial<typeof changes> = Object.fromEntries(
      Object.entries(changes).filter(([field, value]) => !sameValue(review[field as keyof typeof changes], value)),
    );
    if (!Object.keys(changed).length) return { result: review, event: null };
    // Compare-and-set: of two saves that read the same version, the row lock lets one through.
    const { count } = await tx.postIncidentReview.updateMany({
      where: { id: review.id, version: review.version },
      data: { ...changed, version: { increment: 1 } },
    });
    if (count === 0) throw await savedFirst(tx, await tx.postIncidentReview.findUniqueOrThrow({ where: { id: review.id } }));
    const updated = await tx.postIncidentReview.findUniqueOrThrow({ where: { id: review.id } });
    // The timeline keeps the meeting time as the text a Date becomes in JSON.
    const { heldAt, ...rest } = changed;
    const timelineChanges = { ...rest, ...(heldAt !== undefined && { heldAt: heldAt?.toISOString() ?? null }) };
    return { result: updated, event: { type: "review.updated", data: { changes: timelineChanges } } };
  });
}

/**
 * The refusal of a save over a newer version: what is saved now and who saved it, for the editor
 * to reconcile with their own draft.
 */
async function savedFirst(tx: Tx, review: PostIncidentReview) {
  const lastSave = await tx.timelineEvent.findFirst({
    where: { incidentId: review.incidentId, type: "review.updated" },
    orderBy: { seq: "desc" },
    select: { occurredAt: true, actor: { select: { name: true } } },
  });
  const by = lastSave?.actor?.name ?? "Someone";
  return new DomainError(
    "conflict",
    `${by} saved the review while you were editing it. Their text is shown; your draft is kept so you can bring the two together.`,
    "version",
    presentReviewConflict(review, { by, at: lastSave?.occurredAt ?? review.updatedAt }),
  );
}

/** Scores one of the plan's success criteria: met, not met, or back to not scored. */
export async function scoreCriterion(user: SignedInUser, incidentId: string, criterionKey: string, input: unknown) {
  return writeReview(user, incidentId, async (tx, review) => {
    const { met, note } = parseInput(scoreCriterionSchema, input);
    const score = await tx.reviewCriterionScore.findUnique({
      where: { reviewId_criterionKey: { reviewId: review.id, criterionKey } },
      include: { criterion: { select: { name: true } } },
    });
    if (!score) throw new DomainError("not_found", `The plan has no success criterion "${criterionKey}".`);
    // A score changed after the commander confirmed it waits for their confirmation again.
    const unconfirmed = met !== score.met && { confirmedById: null, confirmedAt: null, suggestedMet: null };
    const updated = await tx.reviewCriterionScore.update({
      where: { reviewId_criterionKey: { reviewId: review.id, criterionKey } },
      data: { met, ...(note !== undefined && { note }), ...unconfirmed },
    });
    return {
      result: updated,
      event: { type: "review.criterion_scored", data: { criterion: { key: criterionKey, name: score.criterion.name }, met, note: updated.note } },
    };
  });
}

/**
 * The commander confirms a criterion's score: the figures' suggestion, or a score of their own
 * with a note saying why (where the figures suggest nothing, as for performance, they decide).
 */
export async function confirmCriterion(user: SignedInUser, incidentId: string, criterionKey: string, input: unknown) {
  return writeIncident(async (tx) => {
    await guardIncident(tx, incidentId, user, canCommandIncident, "Only admins and the incident's commander can confirm its scores.");
    const review = await guardReview(tx, incidentId, user);
    const { met, note } = parseInput(confirmCriterionSchema, input);
    const score = await tx.reviewCriterionScore.findUnique({
      where: { reviewId_criterionKey: { reviewId: review.id, criterionKey } },
      include: { criterion: { select: { name: true } } },
    });
    if (!score) throw new DomainError("not_found", `The plan has no success criterion "${criterionKey}".`);
    const suggestion = suggestedScores(await scoringFigures(tx, incidentId))[criterionKey] ?? null;
    const overridden = suggestion !== null && suggestion.met !== met;
    if (overridden && !(note ?? score.note)) {
      throw new DomainError("invalid", `note must say why the score differs from what the figures suggest (${suggestion.reason})`, "note");
    }
    const updated = await tx.reviewCriterionScore.update({
      where: { reviewId_criterionKey: { reviewId: review.id, criterionKey } },
      data: { met, ...(note !== undefined && { note }), confirmedById: user.id, confirmedAt: new Date(), suggestedMet: suggestion?.met ?? null },
    });
    const event = await appendEvent(tx, incidentId, {
      type: "review.criterion_confirmed",
      actor: user,
      data: { criterion: { key: criterionKey, name: score.criterion.name }, met, suggestedMet: suggestion?.met ?? null, note: updated.note },
    });
    return { result: updated, events: [event] };
  });
}

/** What the drill or the incident found; one may become an action item later. */
export async function addFinding(user: SignedInUser, incidentId: string, input: unknown) {
  return writeReview(user, incidentId, async (tx, review) => {
    const { text } = parseInput(addFindingSchema, input);
    const finding = await tx.reviewFinding.create({ data: { reviewId: review.id, text, createdById: user.id } });
    return { result: finding, event: { type: "review.finding_added", data: { finding: { id: finding.id, text } } } };
  });
}

/** Takes a finding back; an action item made from it stays. */
export async function removeFinding(user: SignedInUser, incidentId: string, findingId: string) {
  return writeReview(user, incidentId, async (tx, review) => {
    const finding = await tx.reviewFinding.findFirst({ where: { id: findingId, reviewId: review.id } });
    if (!finding) throw new DomainError("not_found", "That finding is not on this review.");
    await tx.reviewFinding.delete({ where: { id: finding.id } });
    return { result: finding, event: { type: "review.finding_removed", data: { finding: { id: finding.id, text: finding.text } } } };
  });
}

/** The data-loss window of a service, measured after the fact when it was not known at restore. */
export async function recordDataLoss(user: SignedInUser, incidentId: string, serviceKey: string, input: unknown) {
  return writeReview(user, incidentId, async (tx) => {
    const { dataLossMinutes } = parseInput(recordDataLossSchema, input);
    const affected = await tx.incidentService.findFirst({
      where: { incidentId, service: { key: serviceKey } },
      include: { service: { select: { key: true, name: true } } },
    });
    if (!affected) throw new DomainError("not_found", `The service ${serviceKey} is not affected by this incident.`);
    const updated = await tx.incidentService.update({ where: { id: affected.id }, data: { dataLossMinutes } });
    return {
      result: updated,
      event: {
        type: "review.data_loss_recorded",
        data: { service: affected.service, dataLossMinutes, previous: affected.dataLossMinutes, rpoTargetMinutes: affected.rpoTargetMinutes },
      },
    };
  });
}

/**
 * When the impact began, established in the review when it was not known at declaration: time to
 * detect, and the plan's mean time to detection, count from it. It cannot follow detection.
 */
export async function recordImpactStart(user: SignedInUser, incidentId: string, input: unknown) {
  return writeReview(user, incidentId, async (tx) => {
    const { impactStartedAt } = parseInput(recordImpactStartSchema, input);
    const incident = await tx.incident.findUniqueOrThrow({ where: { id: incidentId }, select: { detectedAt: true, impactStartedAt: true } });
    if (impactStartedAt && impactStartedAt > incident.detectedAt) {
      throw new DomainError("invalid", "impactStartedAt must be at or before the detection time", "impactStartedAt");
    }
    const updated = await tx.incident.update({ where: { id: incidentId }, data: { impactStartedAt } });
    return {
      result: updated,
      event: {
        type: "review.impact_start_recorded",
        data: { impactStartedAt: impactStartedAt?.toISOString() ?? null, previous: incident.impactStartedAt?.toISOString() ?? null },
      },
    };
  });
}

/** Someone else who attended: a Muster user, or a name. */
export async function addAttendee(user: SignedInUser, incidentId: string, input: unknown) {
  return writeReview(user, incidentId, async (tx, review) => {
    const { userId, name } = parseInput(addAttendeeSchema, input);
    const person = userId ? await tx.user.findUnique({ where: { id: userId }, select: { id: true, name: true } }) : null;
    if (userId && !person) throw new DomainError("invalid", `No user has the id ${userId}.`, "userId");
    if (person && (await tx.reviewAttendee.findFirst({ where: { reviewId: review.id, userId: person.id } }))) {
      throw new DomainError("conflict", `${person.name} is already an attendee.`, "userId");
    }
    const attendee = await tx.reviewAttendee.create({
      data: { reviewId: review.id, userId: person?.id ?? null, name: person?.name ?? name ?? "" },
    });
    return { result: attendee, event: { type: "review.attendee_added", data: { attendee: { id: attendee.id, name: attendee.name } } } };
  });
}

export async function removeAttendee(user: SignedInUser, incidentId: string, attendeeId: string) {
  return writeReview(user, incidentId, async (tx, review) => {
    const attendee = await tx.reviewAttendee.findFirst({ where: { id: attendeeId, reviewId: review.id } });
    if (!attendee) throw new DomainError("not_found", "That person is not on this review's attendee list.");
    await tx.reviewAttendee.delete({ where: { id: attendee.id } });
    return { result: attendee, event: { type: "review.attendee_removed", data: { attendee: { id: attendee.id, name: attendee.name } } } };
  });
}
