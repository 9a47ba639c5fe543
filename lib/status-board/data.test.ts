import { describe, expect, it } from "vitest";
import { startDrill } from "@/lib/drills/mutations";
import { declareIncident } from "@/lib/incidents/mutations";
import { markServiceRestored } from "@/lib/recovery/mutations";
import { runDueWork } from "@/lib/scheduler/scheduler";
import { getStatusBoard } from "@/lib/status-board/data";
import { postStatusUpdate } from "@/lib/status-updates/mutations";
import { demoUser } from "@/test/users";
import { moveAlong } from "@/test/incidents";
import { MINUTE_MS } from "@/lib/format";

const healthOf = (board: Awaited<ReturnType<typeof getStatusBoard>>, key: string) => board.health.find((service) => service.key === key);

describe("the status board", () => {
  it("lists a critical drill apart from, never above, a real minor incident", async () => {
    const commander = await demoUser("commander");
    const drill = await startDrill(commander, "database-recovery", {});
    const minor = await declareIncident(commander, { title: "Slow admin panel", services: [{ key: "admin-panel", impact: "degraded" }], severity: "minor" });
    const board = await getStatusBoard(await demoUser("viewer"));
    expect(board.active.map((incident) => incident.id)).toContain(minor.id);
    expect(board.active.map((incident) => incident.id)).not.toContain(drill.id);
    expect(board.drills).toMatchObject([{ id: drill.id, severity: "critical", isDrill: true }]);
    expect(healthOf(board, "database")?.health).toBe("operational");
  });

  it("shows active incidents with clocks, progress, escalation and latest update, and carries impact along dependencies", async () => {
    const commander = await demoUser("commander");
    const detectedAt = new Date(Date.now() - 35 * MINUTE_MS);
    const outage = await declareIncident(commander, {
      title: "Database down",
      scenarioKey: "database-corruption-loss",
      services: [{ key: "database", impact: "down" }],
      detectedAt: detectedAt.toISOString(),
    });
    await declareIncident(commander, { title: "CDN drill", services: [{ key: "cdn", impact: "down" }], isDrill: true });
    await runDueWork(() => new Date());
    await postStatusUpdate(commander, outage.id, { body: "Restoring from backup" });

    const board = await getStatusBoard(await demoUser("viewer"));
    const card = board.active.find((incident) => incident.id === outage.id)!;
    expect(card).toMatchObject({
      severity: "critical",
      escalation: { name: expect.stringContaining("Level 2") },
      latestUpdate: { body: "Restoring from backup", author: commander.name, audience: "internal" },
      services: [{ key: "database", impact: "down", restoredAt: null }],
    });
    expect(card.checklist.total).toBeGreaterThan(0);
    expect(card.services[0].rtoDeadline.getTime()).toBe(detectedAt.getTime() + 60 * MINUTE_MS);
    // The drill stands apart, in its own list.
    expect(board.active.some((incident) => incident.isDrill)).toBe(false);
    expect(board.drills.map((incident) => incident.title)).toContain("CDN drill");

    expect(healthOf(board, "database")).toMatchObject({ health: "down", reasons: [{ kind: "direct", impact: "down" }] });
    expect(healthOf(board, "core-api")).toMatchObject({ health: "at_risk", reasons: [{ kind: "dependency", cause: "Database" }] });
    expect(healthOf(board, "authentication")?.health).toBe("at_risk");
    // A drill does not colour the matrix.
    expect(healthOf(board, "cdn")?.health).toBe("operational");

    await markServiceRestored(commander, outage.id, "database", { restoredAt: new Date(detectedAt.getTime() + 12 * MINUTE_MS).toISOString() });
    const after = await getStatusBoard(await demoUser("viewer"));
    expect(healthOf(after, "database")?.health).toBe("operational");
    expect(healthOf(after, "core-api")?.health).toBe("operational");

    await moveAlong(commander, outage.id);
    const resolved = await getStatusBoard(await demoUser("viewer"));
    expect(resolved.active.some((incident) => incident.id === outage.id)).toBe(false);
    expect(resolved.resolved.find((incident) => incident.id === outage.id)).toMatchObject({
      services: [{ key: "database", rtoMinutes: 60, recoveryMinutes: 12, rpoTargetMinutes: 15, dataLossMinutes: null }],
    });
    // Its review falls due 48 hours after resolution; unheld after that, the board flags it.
    expect(resolved.overdueReviews.some((review) => review.incidentId === outage.id)).toBe(false);
    const twoDaysOn = await getStatusBoard(await demoUser("viewer"), new Date(Date.now() + 49 * 60 * MINUTE_MS));
    expect(twoDaysOn.overdueReviews.find((review) => review.incidentId === outage.id)?.incident.number).toBe(outage.number);
  });
});
