// The demo history: loaded on the first start with the embedded database only, once, each incident
// with a gapless timeline. The test database starts seeded (plan and demo users, no incident).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedFirstStart } from "@/lib/database/prepare";
import { isOverdue } from "@/lib/action-items/overdue";
import { getMetrics } from "@/lib/metrics/data";
import { DEMO_HISTORY } from "@/prisma/seed-data/demo-history";
import { seedDemoHistory } from "@/prisma/seeders/demo-history";
import { demoUser } from "@/test/users";
import { emptyDatabase, snapshot } from "@/test/tables";
import { DAY_MS } from "@/lib/format";

const quiet = () => {};

describe("the demo history", () => {
  it("is not loaded on a later start", async () => {
    expect(await seedFirstStart(true, quiet)).toBe(false);
    expect(await db().incident.count()).toBe(0);
  });

  it("is loaded on the first start with the embedded database, with a gapless timeline for each incident", async () => {
    await emptyDatabase();
    const start = new Date();
    expect(await seedFirstStart(true, quiet)).toBe(true);

    const incidents = await db().incident.findMany({
      orderBy: { detectedAt: "asc" },
      include: {
        events: { orderBy: { seq: "asc" } },
        services: true,
        checklist: true,
        review: { include: { actionItems: true, criteria: true, attendees: true } },
      },
    });
    expect(incidents).toHaveLength(DEMO_HISTORY.length);
    expect(incidents.length).toBeGreaterThanOrEqual(5);
    expect(incidents.every((incident) => incident.isDemo)).toBe(true);
    expect(incidents.filter((incident) => incident.isDrill)).toHaveLength(1);
    expect(new Set(incidents.map((incident) => incident.severity))).toEqual(new Set(["critical", "major", "minor"]));
    // Spread over the last four months or so.
    const oldest = (start.getTime() - incidents[0].detectedAt.getTime()) / DAY_MS;
    expect(oldest).toBeGreaterThan(90);
    expect(oldest).toBeLessThan(130);

    for (const incident of incidents) {
      expect(incident.lastSeq).toBeGreaterThan(5);
      expect(incident.events.map((event) => event.seq)).toEqual(Array.from({ length: incident.lastSeq }, (_, index) => index + 1));
      const times = incident.events.map((event) => event.occurredAt.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(times.at(-1)).toBeLessThanOrEqual(start.getTime());
      expect(incident.events[0].type).toBe("incident.declared");
      expect(incident.services.every((service) => service.restoredAt && service.recoveryMinutes !== null)).toBe(true);
      expect(incident.checklist.length).toBeGreaterThan(0);
      expect(incident.checklist.every((item) => item.done)).toBe(true);
      expect(incident.resolvedAt).not.toBeNull();
      expect(incident.review).not.toBeNull();
    }
    const reviews = incidents.map((incident) => incident.review!);
    expect(reviews.filter((review) => review.heldAt).length).toBeGreaterThanOrEqual(3);
    expect(reviews.every((review) => !review.heldAt || (review.criteria.length === 5 && review.attendees.length > 0))).toBe(true);
    expect(reviews.some((review) => !review.heldAt && review.dueAt < start)).toBe(true);
    expect(reviews.some((review) => !review.heldAt && review.dueAt > start)).toBe(true);
    const items = reviews.flatMap((review) => review.actionItems);
    expect(items.some((item) => item.status === "done")).toBe(true);
    expect(items.some((item) => item.status === "open")).toBe(true);
    expect(items.filter((item) => isOverdue(item, start))).toHaveLength(1);

    // The metrics see six incidents and the drill apart.
    const metrics = await getMetrics(await demoUser("viewer"));
    expect(metrics.incidents.overall.incidents).toBe(DEMO_HISTORY.length - 1);
    expect(metrics.drills.overall.incidents).toBe(1);
    expect(metrics.incidents.overall.rto.rate).toBeGreaterThan(0);
    expect(metrics.incidents.overall.rto.rate).toBeLessThan(1);

    // A second start, or a second load, changes nothing.
    const before = await snapshot();
    expect(await seedFirstStart(true, quiet)).toBe(false);
    expect(await seedDemoHistory(new Date())).toBe(0);
    expect(await snapshot()).toEqual(before);
  });

  it("is never loaded without the embedded database", async () => {
    await emptyDatabase();
    expect(await seedFirstStart(false, quiet)).toBe(true);
    expect(await db().incident.count()).toBe(0);
    expect(await db().user.count()).toBe(0);
  });
});
