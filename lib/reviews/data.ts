import "server-only";
import { ACTION_ITEM_FIELDS } from "@/lib/action-items/data";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canWorkIncident } from "@/lib/incidents/ability";
import { accessFor, guardIncident } from "@/lib/incidents/data";
import { reviewDurations } from "@/lib/reviews/durations";
import { serviceOutcome, suggestedScores } from "@/lib/reviews/outcomes";
import { eventsAfter } from "@/lib/timeline/data";
import type { SignedInUser } from "@/lib/users/data";

type Reader = Prisma.TransactionClient;

function reviewNotFound() {
  return new DomainError("not_found", "This incident has no review yet: one is created when it is resolved.");
}

/** The incident's review, for a change to it: 404 without one, 403 unless the caller works the incident. */
export async function guardReview(reader: Reader, incidentId: string, user: SignedInUser) {
  await guardIncident(reader, incidentId, user, canWorkIncident, "Only admins and the people taking part in the incident can change its review.");
  const review = await reader.postIncidentReview.findUnique({ where: { incidentId } });
  if (!review) throw reviewNotFound();
  return review;
}

function earliest(...dates: (Date | null | undefined)[]): Date | null {
  const known = dates.filter((date): date is Date => !!date);
  return known.length ? new Date(Math.min(...known.map((date) => date.getTime()))) : null;
}

/**
 * Everything the review page and its Markdown export show: the incident's times and timeline, each
 * service against its objectives, the stage durations, the review itself, and whether the caller
 * may change it.
 */
export async function getReview(user: SignedInUser, incidentId: string) {
  const access = await accessFor(db(), incidentId, user);
  const incident = await db().incident.findUniqueOrThrow({
    where: { id: incidentId },
    include: {
      scenario: { select: { name: true } },
      services: {
        include: { service: { select: { key: true, name: true } } },
        orderBy: [{ rtoDeadline: "asc" }, { service: { position: "asc" } }],
      },
      escalations: { select: { acknowledgements: { select: { acknowledgedAt: true } } } },
      events: { where: { pins: { some: {} } }, select: { seq: true } },
      review: {
        include: {
          attendees: { orderBy: { name: "asc" }, select: { id: true, userId: true, name: true } },
          criteria: { orderBy: { criterion: { position: "asc" } }, include: { criterion: true } },
          actionItems: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: ACTION_ITEM_FIELDS },
        },
      },
    },
  });
  const { review, services, escalations, events: pinned, ...rest } = incident;
  if (!review) throw reviewNotFound();
  const events = await eventsAfter(incidentId, 0);
  const pageAcknowledgements = escalations.flatMap((escalation) => escalation.acknowledgements.map((ack) => ack.acknowledgedAt));
  const outcomes = services.map(({ service, ...affected }) => serviceOutcome({ ...affected, ...service }, incident.detectedAt));
  const suggestions = suggestedScores(outcomes);
  const { criteria, estimatedCost, ...fields } = review;
  return {
    incident: rest,
    review: {
      ...fields,
      estimatedCost: estimatedCost?.toNumber() ?? null,
      criteria: criteria.map(({ criterion, met, note }) => ({
        key: criterion.key,
        name: criterion.name,
        description: criterion.description,
        met,
        note,
        suggestion: suggestions[criterion.key] ?? null,
      })),
    },
    durations: reviewDurations({ ...incident, acknowledgedAt: earliest(incident.acknowledgedAt, ...pageAcknowledgements) }),
    services: outcomes,
    // In the order things happened, which is not always the order they were recorded in.
    events: events.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.seq - b.seq),
    pinnedSeqs: pinned.map((event) => event.seq),
    canEdit: canWorkIncident(access),
  };
}

export type ReviewDetail = Awaited<ReturnType<typeof getReview>>;

/**
 * Reviews past their due time that have not been held, for incidents not yet closed: most overdue
 * first. The incident list flags them; a management board can list them.
 */
export function listOverdueReviews(now = new Date()) {
  return db().postIncidentReview.findMany({
    where: { dueAt: { lt: now }, heldAt: null, incident: { state: { not: "closed" } } },
    orderBy: { dueAt: "asc" },
    select: {
      id: true,
      incidentId: true,
      dueAt: true,
      incident: { select: { number: true, title: true, severity: true, isDrill: true, resolvedAt: true } },
    },
  });
}

export type OverdueReview = Awaited<ReturnType<typeof listOverdueReviews>>[number];
