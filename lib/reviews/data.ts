import "server-only";
import { ACTION_ITEM_FIELDS } from "@/lib/action-items/data";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { IncidentRole } from "@/lib/generated/prisma/enums";
import { canCommandIncident, canWorkIncident } from "@/lib/incidents/ability";
import { accessFor, guardIncident } from "@/lib/incidents/data";
import { DECLARED_IN_ERROR } from "@/lib/incidents/state-machine";
import { reviewDurations } from "@/lib/reviews/durations";
import { serviceOutcome } from "@/lib/reviews/outcomes";
import { suggestedScores, type ScoringFigures } from "@/lib/reviews/suggestions";
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

/**
 * The measured figures the success criteria are suggested from: each affected service against
 * its objectives, the checklist, and the status updates posted to each audience.
 */
export async function scoringFigures(reader: Reader, incidentId: string): Promise<ScoringFigures> {
  const [incident, checklist, statusUpdates] = await Promise.all([
    reader.incident.findUniqueOrThrow({
      where: { id: incidentId },
      select: {
        detectedAt: true,
        services: {
          include: { service: { select: { key: true, name: true } } },
          orderBy: [{ rtoDeadline: "asc" }, { service: { position: "asc" } }],
        },
      },
    }),
    reader.checklistItem.groupBy({ by: ["done"], where: { incidentId }, _count: true }),
    reader.statusUpdate.groupBy({ by: ["audience"], where: { incidentId }, _count: true }),
  ]);
  const count = <Row extends { _count: number }>(rows: Row[], match: (row: Row) => boolean) =>
    rows.filter(match).reduce((sum, row) => sum + row._count, 0);
  return {
    services: incident.services.map(({ service, ...affected }) => serviceOutcome({ ...affected, ...service }, incident.detectedAt)),
    checklist: { done: count(checklist, (row) => row.done), total: count(checklist, () => true) },
    statusUpdates: {
      internal: count(statusUpdates, (row) => row.audience === "internal"),
      stakeholders: count(statusUpdates, (row) => row.audience === "stakeholders"),
      public: count(statusUpdates, (row) => row.audience === "public"),
    },
  };
}

/**
 * Who took part, each once: everyone who held an incident role, ticked a checklist step or
 * attended the review, with what they did.
 */
async function participants(reader: Reader, incidentId: string, attendees: { userId: string | null; name: string }[]) {
  const [roles, ticks] = await Promise.all([
    reader.incidentRoleAssignment.findMany({
      where: { incidentId },
      orderBy: { startedAt: "asc" },
      select: { role: true, holderName: true, user: { select: { id: true, name: true } } },
    }),
    reader.checklistItem.groupBy({ by: ["doneById"], where: { incidentId, done: true, doneById: { not: null } }, _count: true }),
  ]);
  const tickers = await reader.user.findMany({
    where: { id: { in: ticks.map((tick) => tick.doneById!) } },
    select: { id: true, name: true },
  });
  type Participant = { userId: string | null; name: string; roles: IncidentRole[]; stepsTicked: number; attended: boolean };
  const people = new Map<string, Participant>();
  const entry = (userId: string | null, name: string) => {
    const key = userId ?? `name:${name}`;
    const known = people.get(key) ?? { userId, name, roles: [], stepsTicked: 0, attended: false };
    people.set(key, known);
    return known;
  };
  for (const { role, user, holderName } of roles) {
    const person = user ? entry(user.id, user.name) : entry(null, holderName);
    if (!person.roles.includes(role)) person.roles.push(role);
  }
  for (const user of tickers) entry(user.id, user.name).stepsTicked = ticks.find((tick) => tick.doneById === user.id)?._count ?? 0;
  for (const attendee of attendees) entry(attendee.userId, attendee.name).attended = true;
  return [...people.values()].sort((a, b) => a.name.localeCompare(b.name));
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
      drillSchedule: {
        select: {
          testType: true,
          scope: true,
          scenario: { select: { name: true } },
          services: { select: { service: { select: { name: true, position: true } } } },
        },
      },
      escalations: { select: { acknowledgements: { select: { acknowledgedAt: true } } } },
      events: { where: { pins: { some: {} } }, select: { seq: true } },
      review: {
        include: {
          attendees: { orderBy: { name: "asc" }, select: { id: true, userId: true, name: true } },
          criteria: {
            orderBy: { criterion: { position: "asc" } },
            include: { criterion: true, confirmedBy: { select: { id: true, name: true } } },
          },
          actionItems: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: ACTION_ITEM_FIELDS },
          findings: {
            orderBy: [{ createdAt: "asc" }, { id: "asc" }],
            select: { id: true, text: true, createdAt: true, actionItemId: true, createdBy: { select: { name: true } } },
          },
        },
      },
    },
  });
  const { review, escalations, events: pinned, drillSchedule, ...rest } = incident;
  if (!review) throw reviewNotFound();
  const [events, figures, people] = await Promise.all([
    eventsAfter(incidentId, 0),
    scoringFigures(db(), incidentId),
    participants(db(), incidentId, review.attendees),
  ]);
  const pageAcknowledgements = escalations.flatMap((escalation) => escalation.acknowledgements.map((ack) => ack.acknowledgedAt));
  const suggestions = suggestedScores(figures);
  const { criteria, estimatedCost, findings, ...fields } = review;
  return {
    incident: rest,
    // What the drill rehearsed, from the recovery test it ran; null for a real incident.
    drill:
      incident.isDrill && drillSchedule
        ? {
            testType: drillSchedule.testType,
            scope: drillSchedule.scope,
            scenario: drillSchedule.scenario?.name ?? null,
            services: drillSchedule.services
              .map(({ service }) => service)
              .sort((a, b) => a.position - b.position)
              .map((service) => service.name),
          }
        : null,
    review: {
      ...fields,
      estimatedCost: estimatedCost?.toNumber() ?? null,
      criteria: criteria.map(({ criterion, met, note, confirmedBy, confirmedAt, suggestedMet }) => ({
        key: criterion.key,
        name: criterion.name,
        description: criterion.description,
        met,
        note,
        suggestion: suggestions[criterion.key] ?? null,
        confirmation: confirmedAt ? { by: confirmedBy?.name ?? null, at: confirmedAt, suggestedMet } : null,
      })),
      findings: findings.map(({ createdBy, ...finding }) => ({ ...finding, createdBy: createdBy?.name ?? null })),
    },
    durations: reviewDurations(incident, { pageAcknowledgements, events }),
    services: figures.services,
    checklist: figures.checklist,
    participants: people,
    // In the order things happened, which is not always the order they were recorded in.
    events: events.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.seq - b.seq),
    pinnedSeqs: pinned.map((event) => event.seq),
    canEdit: canWorkIncident(access),
    canConfirm: canCommandIncident(access),
  };
}

export type ReviewDetail = Awaited<ReturnType<typeof getReview>>;

/**
 * Reviews past their due time that have not been held, for incidents not yet closed: most overdue
 * first. The incident list flags them; a management board can list them.
 */
export function listOverdueReviews(now = new Date()) {
  return db().postIncidentReview.findMany({
    where: { dueAt: { lt: now }, heldAt: null, incident: { state: { notIn: ["closed", DECLARED_IN_ERROR] } } },
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
