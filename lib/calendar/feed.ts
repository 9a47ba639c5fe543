import "server-only";
// Each user's private calendar address: plan reviews, the drill schedule and open post-incident
// reviews as due dates, for the calendar app they already use. The address carries a secret, kept
// only as its hash; making a new one retires the old.
import { newToken, hashToken } from "@/lib/api-tokens/token";
import { appUrl } from "@/lib/app-url";
import { calendarDocument, type CalendarEvent } from "@/lib/calendar/ics";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { readDrillSchedules } from "@/lib/drills/data";
import { readUpkeep } from "@/lib/plan/upkeep";
import { requireSignedIn, type SignedInUser } from "@/lib/users/data";
import { isoDay } from "@/lib/format";

export const CALENDAR_FEED_PATH = "/api/calendar.ics";

/** Makes the caller a new calendar address, retiring any earlier one. The secret is shown only now. */
export async function issueCalendarFeed(user: SignedInUser): Promise<{ url: string; createdAt: Date }> {
  requireSignedIn(user);
  const token = newToken();
  const tokenHash = hashToken(token);
  const feed = await db().calendarFeed.upsert({
    where: { userId: user.id },
    create: { userId: user.id, tokenHash },
    update: { tokenHash, createdAt: new Date() },
  });
  const url = appUrl(CALENDAR_FEED_PATH);
  url.searchParams.set("token", token);
  return { url: url.toString(), createdAt: feed.createdAt };
}

/** Whether the caller has a calendar address, and since when (its secret cannot be shown again). */
export async function getCalendarFeed(user: SignedInUser) {
  requireSignedIn(user);
  return db().calendarFeed.findUnique({ where: { userId: user.id }, select: { createdAt: true } });
}

const NO_FEED = "This calendar address is not, or no longer, valid. Make a new one in Settings.";

/** The due dates a calendar address carries, as an iCalendar document; refused for an unknown or retired secret. */
export async function readCalendarFeed(token: string | null, now: Date = new Date()): Promise<string> {
  if (!token) throw new DomainError("not_found", NO_FEED);
  const feed = await db().calendarFeed.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: { select: { deactivatedAt: true } } } });
  if (!feed || feed.user.deactivatedAt) throw new DomainError("not_found", NO_FEED);
  return calendarDocument("Muster: plan upkeep", await dueDates(now), now);
}

async function dueDates(now: Date): Promise<CalendarEvent[]> {
  const [upkeep, drills, reviews] = await Promise.all([
    readUpkeep(now),
    readDrillSchedules(now),
    db().postIncidentReview.findMany({
      where: { heldAt: null },
      orderBy: { dueAt: "asc" },
      include: { incident: { select: { id: true, number: true, title: true } } },
    }),
  ]);
  const planUrl = appUrl("/plan").toString();
  return [
    ...upkeep.map((item) => ({
      uid: `plan-review-${item.key}-${isoDay(item.dueAt)}@muster`,
      day: item.dueAt,
      summary: item.name,
      description: item.lastHeldAt ? `Last held ${isoDay(item.lastHeldAt)}.` : "Not held yet.",
      url: planUrl,
    })),
    ...drills.map((drill) => ({
      uid: `drill-${drill.key}-${isoDay(drill.nextDueAt)}@muster`,
      day: drill.nextDueAt,
      summary: `${drill.state === "overdue" ? "Drill overdue" : "Drill due"}: ${drill.testType}`,
      description: `${drill.frequency}, ${drill.durationMinutes} min. Scope: ${drill.scope}. ${drill.lastRunAt ? `Last run ${isoDay(drill.lastRunAt)}.` : "Never run."}`,
      url: appUrl("/drills").toString(),
    })),
    ...reviews.map((review) => ({
      uid: `review-${review.incidentId}@muster`,
      day: review.dueAt,
      summary: `Post-incident review: #${review.incident.number} ${review.incident.title}`,
      description: "The plan asks for a review meeting within 48 hours of resolution.",
      url: appUrl(`/incidents/${review.incident.id}/review`).toString(),
    })),
  ];
}
