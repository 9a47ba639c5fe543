// A demo incident's post-incident review: due 48 hours after resolution, held or not, its
// attendees, its success criteria scored, and its action items with owners and due dates.
import type { Prisma } from "@/lib/generated/prisma/client";
import { MINUTES_PER_DAY, MINUTE_MS, minutesBetween } from "@/lib/format";
import { rpoMet, rtoMet } from "@/lib/metrics/compute";
import type { AffectedServiceRecord } from "@/lib/metrics/types";
import { REVIEW_DUE_AFTER_MS } from "@/lib/reviews/mutations";
import { SUCCESS_CRITERIA } from "../seed-data/backups-and-testing";
import type { DemoPerson, DemoReview } from "../seed-data/demo-history";
import { later, type Person } from "./demo-timeline";

// Done items were finished a couple of days before they fell due.
const DONE_BEFORE_DUE_MINUTES = 2 * MINUTES_PER_DAY;

export type People = Record<"commander" | "responder" | "admin", Person>;

type ReviewContext = {
  times: { impactStartedAt: Date | null; detectedAt: Date; lastRestoredAt: Date; resolvedAt: Date; heldAt: Date | null };
  services: AffectedServiceRecord[];
  now: Date;
  people: People;
};

/** A demo user, or a contact of the plan who has none. */
function personOf(person: DemoPerson, people: People): { userId: string | null; name: string } {
  if (typeof person === "string") return { userId: people[person].id, name: people[person].name };
  return { userId: null, name: person.name };
}

type Score = { met: boolean | null; note?: string };

/** RTO and RPO achievement follow from the services, the same way the metrics count them. */
function measuredCriteria({ services, times, now }: ReviewContext): Record<string, Score> {
  const rpo = services.map((service) => rpoMet(service, { dataLossMinutes: null })).filter((met) => met !== null);
  return {
    "rto-achievement": { met: services.every((service) => rtoMet(service, { resolvedAt: times.resolvedAt }, now)) },
    "rpo-achievement": { met: rpo.length ? rpo.every(Boolean) : null, note: rpo.length ? undefined : "No data loss was measured." },
  };
}

export function demoReview(review: DemoReview, incidentId: string, context: ReviewContext): Prisma.PostIncidentReviewUncheckedCreateInput {
  const { times, now, people } = context;
  // A review not yet held has every criterion listed, none scored, as a real one starts.
  const scored: Record<string, Score> = review.criteria ? { ...measuredCriteria(context), ...review.criteria } : {};
  const criteria = SUCCESS_CRITERIA.map(({ key }) => ({ criterionKey: key, ...(scored[key] ?? { met: null }) }));
  return {
    incidentId,
    dueAt: later(times.resolvedAt, REVIEW_DUE_AFTER_MS / MINUTE_MS),
    heldAt: times.heldAt,
    wentWell: review.wentWell,
    couldImprove: review.couldImprove,
    documentationUpdates: review.documentationUpdates,
    usersAffected: review.usersAffected,
    // From the start of the impact (or its detection, where that is unknown) until the last service was back.
    downtimeMinutes: minutesBetween(times.impactStartedAt ?? times.detectedAt, times.lastRestoredAt),
    attendees: { create: review.attendees.map((person) => personOf(person, people)) },
    criteria: { create: criteria },
    actionItems: {
      create: review.actionItems.map((item) => {
        const owner = personOf(item.owner, people);
        const dueDate = later(now, item.dueInDays * MINUTES_PER_DAY);
        return {
          title: item.title,
          ownerName: owner.name,
          ownerId: owner.userId,
          priority: item.priority,
          status: item.status,
          dueDate,
          createdAt: times.heldAt ?? times.resolvedAt,
          completedAt: item.status === "done" ? later(dueDate, -DONE_BEFORE_DUE_MINUTES) : null,
        };
      }),
    },
  };
}
