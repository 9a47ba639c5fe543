import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { issueCalendarFeed, readCalendarFeed } from "@/lib/calendar/feed";
import { startDrill } from "@/lib/drills/mutations";
import { declareOutage, moveAlong } from "@/test/incidents";
import { demoUser } from "@/test/users";

const tokenOf = (url: string) => new URL(url).searchParams.get("token");

/** The calendar's events as SUMMARY → DTSTART day, with folded lines joined again. */
function events(calendar: string): Record<string, string> {
  const unfolded = calendar.replace(/\r\n /g, "");
  return Object.fromEntries(
    unfolded.split("BEGIN:VEVENT").slice(1).map((event) => [/SUMMARY:(.*)/.exec(event)![1].replace(/\\,/g, ","), /DTSTART;VALUE=DATE:(\d+)/.exec(event)![1]]),
  );
}

describe("a user's calendar feed", () => {
  it("carries the plan's reviews, the drill schedule and open post-incident reviews as all-day events", async () => {
    const commander = await demoUser("commander");
    await db().planDocument.update({ where: { id: "plan" }, data: { adoptedAt: new Date("2026-06-10T00:00:00Z"), nextReviewAt: new Date("2026-09-10T00:00:00Z") } });
    const incident = await declareOutage(commander, { title: "Database down" });
    // The quarterly test was last run on 31 August: due on the last day of November.
    const drill = await startDrill(commander, "application-recovery", {});
    await db().incident.update({ where: { id: drill.id }, data: { declaredAt: new Date("2026-08-31T15:00:00Z") } });
    await moveAlong(commander, incident.id);
    const review = await db().postIncidentReview.findUniqueOrThrow({ where: { incidentId: incident.id }, include: { incident: true } });

    const calendar = await readCalendarFeed(tokenOf((await issueCalendarFeed(commander)).url), new Date("2026-12-01T12:00:00Z"));
    expect(calendar.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(calendar.split("\r\n").every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const days = events(calendar);
    expect(days["CRYB Platform Disaster Recovery Plan review"]).toBe("20260910");
    expect(days["Monthly Reviews"]).toBe("20260710");
    expect(days["Annual Reviews"]).toBe("20270610");
    // Never run: due one interval after the plan's adoption.
    expect(days["Drill overdue: Database Recovery"]).toBe("20260710");
    expect(days["Drill due: Security Incident Response"]).toBe("20270610");
    expect(days["Drill overdue: Application Recovery"]).toBe("20261130");
    expect(days[`Post-incident review: #${review.incident.number} Database down`]).toBe(review.dueAt.toISOString().slice(0, 10).replace(/-/g, ""));
  });

  it("stops answering an address once a new one is made, and for a deactivated user", async () => {
    const viewer = await demoUser("viewer");
    const first = tokenOf((await issueCalendarFeed(viewer)).url);
    const second = tokenOf((await issueCalendarFeed(viewer)).url);
    await expect(readCalendarFeed(first)).rejects.toMatchObject({ kind: "not_found" });
    expect(await readCalendarFeed(second)).toContain("BEGIN:VCALENDAR");
    await db().user.update({ where: { id: viewer.id }, data: { deactivatedAt: new Date() } });
    await expect(readCalendarFeed(second)).rejects.toMatchObject({ kind: "not_found", message: expect.stringContaining("Make a new one in Settings") });
  });

  it.each([null, "", "mst_guess", "x".repeat(5000)])("refuses the address %s", async (token) => {
    await expect(readCalendarFeed(token)).rejects.toMatchObject({ kind: "not_found" });
  });
});
