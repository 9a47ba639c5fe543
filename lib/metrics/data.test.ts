// Every figure from a fixed history, against the number worked out by hand (the arithmetic is in
// the comments). The template database holds the plan's 4 own action items, open and undated.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { ActionItemStatus, IncidentState, ServiceImpact, Severity } from "@/lib/generated/prisma/enums";
import { getMetrics } from "@/lib/metrics/data";
import type { Metrics } from "@/lib/metrics/types";
import { demoUser } from "@/test/users";

const NOW = new Date("2026-11-25T12:00:00Z");
const at = (iso: string) => new Date(iso);

type AffectedSeed = {
  key: string;
  rtoDeadline: string;
  rpoTargetMinutes: number;
  restoredAt?: string;
  dataLossMinutes?: number;
};

type IncidentSeed = {
  severity: Severity;
  state: IncidentState;
  isDrill?: boolean;
  impactStartedAt?: string;
  detectedAt: string;
  acknowledgedAt?: string;
  resolvedAt?: string;
  dataLossMinutes?: number;
  services: AffectedSeed[];
  actionItems?: { status: ActionItemStatus; dueDate?: string }[];
};

async function insert(seed: IncidentSeed) {
  const commander = await demoUser("commander");
  const incident = await db().incident.create({
    data: {
      title: `${seed.severity} incident detected ${seed.detectedAt}`,
      severity: seed.severity,
      state: seed.state,
      isDrill: seed.isDrill ?? false,
      impactStartedAt: seed.impactStartedAt && at(seed.impactStartedAt),
      detectedAt: at(seed.detectedAt),
      acknowledgedAt: seed.acknowledgedAt && at(seed.acknowledgedAt),
      resolvedAt: seed.resolvedAt && at(seed.resolvedAt),
      dataLossMinutes: seed.dataLossMinutes,
      createdById: commander.id,
      services: {
        create: seed.services.map((service) => ({
          service: { connect: { key: service.key } },
          impact: "down" satisfies ServiceImpact,
          rtoDeadline: at(service.rtoDeadline),
          rpoTargetMinutes: service.rpoTargetMinutes,
          restoredAt: service.restoredAt && at(service.restoredAt),
          dataLossMinutes: service.dataLossMinutes,
        })),
      },
    },
  });
  if (seed.actionItems) {
    await db().postIncidentReview.create({
      data: {
        incidentId: incident.id,
        dueAt: at(seed.resolvedAt!),
        actionItems: {
          create: seed.actionItems.map((item, index) => ({
            title: `Action ${index + 1}`,
            ownerName: commander.name,
            priority: "medium",
            status: item.status,
            dueDate: item.dueDate && at(item.dueDate),
          })),
        },
      },
    });
  }
}

// A: critical, resolved. MTTD 10, response 5, MTTR 90. Database back in time with 5 min lost; Core
// API back late, and without its own measurement it takes the incident's 20 min (> 15: missed).
const A: IncidentSeed = {
  severity: "critical",
  state: "closed",
  impactStartedAt: "2026-09-10T09:50:00Z",
  detectedAt: "2026-09-10T10:00:00Z",
  acknowledgedAt: "2026-09-10T10:05:00Z",
  resolvedAt: "2026-09-10T11:30:00Z",
  dataLossMinutes: 20,
  services: [
    { key: "database", rtoDeadline: "2026-09-10T11:00:00Z", rpoTargetMinutes: 15, restoredAt: "2026-09-10T10:50:00Z", dataLossMinutes: 5 },
    { key: "core-api", rtoDeadline: "2026-09-10T11:00:00Z", rpoTargetMinutes: 15, restoredAt: "2026-09-10T11:10:00Z" },
  ],
  actionItems: [
    { status: "done" },
    { status: "done" },
    { status: "in_progress", dueDate: "2026-11-20T00:00:00Z" },
    { status: "open", dueDate: "2026-12-10T00:00:00Z" },
    { status: "cancelled", dueDate: "2026-10-01T00:00:00Z" },
  ],
};

// B: critical, resolved. MTTD 30, response 15, MTTR 120. Core API back in time, nothing lost.
const B: IncidentSeed = {
  severity: "critical",
  state: "resolved",
  impactStartedAt: "2026-10-05T07:30:00Z",
  detectedAt: "2026-10-05T08:00:00Z",
  acknowledgedAt: "2026-10-05T08:15:00Z",
  resolvedAt: "2026-10-05T10:00:00Z",
  services: [{ key: "core-api", rtoDeadline: "2026-10-05T09:00:00Z", rpoTargetMinutes: 15, restoredAt: "2026-10-05T08:50:00Z", dataLossMinutes: 0 }],
  actionItems: [{ status: "open", dueDate: "2026-11-01T00:00:00Z" }, { status: "done" }],
};

// C: major, resolved, no impact start recorded. Response 25, MTTR 240. Web Application never marked
// restored: it counts as back at resolution (18:00), after its 16:00 deadline. 30 min lost, within 60.
const C: IncidentSeed = {
  severity: "major",
  state: "resolved",
  detectedAt: "2026-10-20T14:00:00Z",
  acknowledgedAt: "2026-10-20T14:25:00Z",
  resolvedAt: "2026-10-20T18:00:00Z",
  services: [{ key: "web-application", rtoDeadline: "2026-10-20T16:00:00Z", rpoTargetMinutes: 60, dataLossMinutes: 30 }],
};

// D: minor, still being worked (no MTTR), not acknowledged. MTTD 20. Analytics is past its deadline
// (missed); Monitoring's deadline is still ahead (not decided). Nothing measured for the RPO.
const D: IncidentSeed = {
  severity: "minor",
  state: "recovering",
  impactStartedAt: "2026-11-24T08:40:00Z",
  detectedAt: "2026-11-24T09:00:00Z",
  services: [
    { key: "analytics", rtoDeadline: "2026-11-25T09:00:00Z", rpoTargetMinutes: 240 },
    { key: "monitoring", rtoDeadline: "2026-11-25T13:00:00Z", rpoTargetMinutes: 240 },
  ],
};

// A drill: MTTD 2, response 1, MTTR 40, Database back in time with 10 min lost.
const DRILL: IncidentSeed = {
  severity: "critical",
  state: "closed",
  isDrill: true,
  impactStartedAt: "2026-11-10T09:58:00Z",
  detectedAt: "2026-11-10T10:00:00Z",
  acknowledgedAt: "2026-11-10T10:01:00Z",
  resolvedAt: "2026-11-10T10:40:00Z",
  services: [{ key: "database", rtoDeadline: "2026-11-10T11:00:00Z", rpoTargetMinutes: 15, restoredAt: "2026-11-10T10:35:00Z", dataLossMinutes: 10 }],
  actionItems: [{ status: "done" }, { status: "open", dueDate: "2026-11-15T00:00:00Z" }],
};

const mean = (minutes: number | null, count: number) => ({ minutes, count });
const rate = (met: number, measured: number) => ({ met, measured, rate: measured ? met / measured : null });
const NONE = mean(null, 0);

describe("getMetrics", () => {
  let real: Metrics["incidents"];

  beforeAll(async () => {
    for (const seed of [A, B, C, D]) await insert(seed);
    real = (await getMetrics(await demoUser("viewer"), NOW)).incidents;
  });

  it("computes each figure over every real incident", () => {
    expect(real.overall).toEqual({
      incidents: 4,
      // A 10, B 30, D 20 (C records no impact start): 60 / 3
      mttd: mean(20, 3),
      // A 5, B 15, C 25 (D not acknowledged): 45 / 3
      response: mean(15, 3),
      // A 90, B 120, C 240 (D is not resolved and does not count): 450 / 3
      mttr: mean(150, 3),
      // met: A database, B core-api; missed: A core-api, C web-application, D analytics; D monitoring undecided
      rto: rate(2, 5),
      // met: A database (5 ≤ 15), B core-api (0), C web-application (30 ≤ 60); missed: A core-api (20 > 15)
      rpo: rate(3, 4),
    });
  });

  it("breaks them down by severity, every tier listed", () => {
    expect(real.bySeverity).toEqual([
      // A and B: MTTD (10 + 30) / 2, response (5 + 15) / 2, MTTR (90 + 120) / 2
      { severity: "critical", incidents: 2, mttd: mean(20, 2), response: mean(10, 2), mttr: mean(105, 2), rto: rate(2, 3), rpo: rate(2, 3) },
      { severity: "major", incidents: 1, mttd: NONE, response: mean(25, 1), mttr: mean(240, 1), rto: rate(0, 1), rpo: rate(1, 1) },
      { severity: "minor", incidents: 1, mttd: mean(20, 1), response: NONE, mttr: NONE, rto: rate(0, 1), rpo: rate(0, 0) },
    ]);
  });

  it("breaks them down by service, in the priority matrix's order, over the incidents that affected it", () => {
    expect(real.byService).toEqual([
      // A and B: Core API missed in A, met in B, for both objectives
      { key: "core-api", name: "Core API", incidents: 2, mttd: mean(20, 2), response: mean(10, 2), mttr: mean(105, 2), rto: rate(1, 2), rpo: rate(1, 2) },
      { key: "database", name: "Database", incidents: 1, mttd: mean(10, 1), response: mean(5, 1), mttr: mean(90, 1), rto: rate(1, 1), rpo: rate(1, 1) },
      { key: "web-application", name: "Web Application", incidents: 1, mttd: NONE, response: mean(25, 1), mttr: mean(240, 1), rto: rate(0, 1), rpo: rate(1, 1) },
      { key: "analytics", name: "Analytics", incidents: 1, mttd: mean(20, 1), response: NONE, mttr: NONE, rto: rate(0, 1), rpo: rate(0, 0) },
      { key: "monitoring", name: "Monitoring", incidents: 1, mttd: mean(20, 1), response: NONE, mttr: NONE, rto: rate(0, 0), rpo: rate(0, 0) },
    ]);
  });

  it("breaks them down by calendar month of detection, from the first incident's month to now's", () => {
    expect(real.byMonth).toEqual([
      { month: "2026-09", incidents: 1, mttd: mean(10, 1), response: mean(5, 1), mttr: mean(90, 1), rto: rate(1, 2), rpo: rate(1, 2) },
      // B and C: response (15 + 25) / 2, MTTR (120 + 240) / 2
      { month: "2026-10", incidents: 2, mttd: mean(30, 1), response: mean(20, 2), mttr: mean(180, 2), rto: rate(1, 2), rpo: rate(2, 2) },
      { month: "2026-11", incidents: 1, mttd: mean(20, 1), response: NONE, mttr: NONE, rto: rate(0, 1), rpo: rate(0, 0) },
    ]);
  });

  it("counts action items done of all but the cancelled, and the overdue", () => {
    // 4 plan items (open) + A's done, done, in progress, open + B's open, done = 10, 3 of them done.
    // Overdue on 25 Nov: A's in-progress item (due 20 Nov) and B's open one (due 1 Nov); A's
    // cancelled item is past due but no longer counts.
    expect(real.actionItems).toEqual({ total: 10, done: 3, completion: 0.3, open: 7, overdue: 2 });
  });

  it("leaves a drill out of every real figure and shows it in the drill figures", async () => {
    await insert(DRILL);
    const metrics = await getMetrics(await demoUser("viewer"), NOW);
    expect(metrics.incidents).toEqual(real);
    expect(metrics.drills.overall).toEqual({
      incidents: 1,
      mttd: mean(2, 1),
      response: mean(1, 1),
      mttr: mean(40, 1),
      rto: rate(1, 1),
      rpo: rate(1, 1),
    });
    expect(metrics.drills.byMonth.map((month) => [month.month, month.incidents])).toEqual([["2026-11", 1]]);
    // 1 done of 2; the open one was due 15 Nov.
    expect(metrics.drills.actionItems).toEqual({ total: 2, done: 1, completion: 0.5, open: 1, overdue: 1 });
  });
});
