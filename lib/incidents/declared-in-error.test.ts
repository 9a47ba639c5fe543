// An incident declared in error is kept in the history and left out of every figure: the metrics,
// readiness, the drills' last run, the status board and the public page.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { readDrillSchedules } from "@/lib/drills/data";
import { startDrill } from "@/lib/drills/mutations";
import { listIncidents } from "@/lib/incidents/data";
import { declareInError } from "@/lib/incidents/edit-mutations";
import { getMetrics } from "@/lib/metrics/data";
import { readPublicStatus } from "@/lib/public-status/data";
import { getReadiness } from "@/lib/readiness/data";
import { markServiceRestored } from "@/lib/recovery/mutations";
import { getStatusBoard } from "@/lib/status-board/data";
import { postStatusUpdate } from "@/lib/status-updates/mutations";
import { declareOutage, moveAlong } from "@/test/incidents";
import { demoUser } from "@/test/users";

const MISTAKE = { reason: "A test declared on the live system" };

describe("an incident declared in error", () => {
  it("leaves the metrics and readiness as they were before it, and stays in the incident list under its state", async () => {
    const [commander, viewer] = [await demoUser("commander"), await demoUser("viewer")];
    const now = new Date("2026-11-26T12:00:00Z");
    const [metricsBefore, readinessBefore] = [await getMetrics(viewer, now), await getReadiness(viewer, now)];
    const { id } = await declareOutage(commander, { detectedAt: "2026-11-25T10:00:00Z" });
    await markServiceRestored(commander, id, "database", { restoredAt: "2026-11-25T10:30:00Z", dataLossMinutes: 4 });
    await moveAlong(commander, id);
    // Counted while it stood, so the figures below would differ were it still counted.
    expect(await getMetrics(viewer, now)).not.toEqual(metricsBefore);
    expect(await getReadiness(viewer, now)).not.toEqual(readinessBefore);

    await declareInError(commander, id, MISTAKE);

    expect(await getMetrics(viewer, now)).toEqual(metricsBefore);
    expect(await getReadiness(viewer, now)).toEqual(readinessBefore);
    expect((await listIncidents(viewer)).find((incident) => incident.id === id)).toMatchObject({ state: "declared_in_error", declaredInErrorReason: MISTAKE.reason });
  });

  it("leaves the status board, the public page and a drill's last run, and takes no more status updates", async () => {
    const [commander, viewer] = [await demoUser("commander"), await demoUser("viewer")];
    const { id } = await declareOutage(commander);
    await postStatusUpdate(commander, id, { audience: "public", subject: "Sign-in trouble", body: "We are looking into it." });
    const drill = await startDrill(commander, "application-recovery", {});
    const onBoard = await getStatusBoard(viewer);
    expect(onBoard.active.map((incident) => incident.id)).toContain(id);
    expect(onBoard.drills.map((incident) => incident.id)).toContain(drill.id);
    expect((await readPublicStatus()).incidents.map((incident) => incident.title)).toContain("Sign-in trouble");

    await declareInError(commander, id, MISTAKE);
    await declareInError(commander, drill.id, MISTAKE);

    const board = await getStatusBoard(viewer);
    expect(board.active.map((incident) => incident.id)).not.toContain(id);
    expect(board.drills.map((incident) => incident.id)).not.toContain(drill.id);
    expect(board.health.flatMap((service) => service.reasons.map((reason) => JSON.stringify(reason)))).not.toContainEqual(expect.stringContaining(id));
    expect((await readPublicStatus(new Date(Date.now() + 60_000))).incidents.map((incident) => incident.title)).not.toContain("Sign-in trouble");
    const schedule = (await readDrillSchedules(new Date())).find((candidate) => candidate.key === "application-recovery");
    expect(schedule).toMatchObject({ lastRunAt: null, running: null });
    const events = await db().timelineEvent.count({ where: { incidentId: id } });
    await expect(postStatusUpdate(commander, id, { audience: "internal", body: "Still there?" })).rejects.toMatchObject({
      kind: "conflict",
      message: expect.stringContaining("declared in error"),
    });
    expect(await db().timelineEvent.count({ where: { incidentId: id } })).toBe(events);
  });
});
