import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DAY_MS, formatDate, MINUTE_MS } from "@/lib/format";
import { declareIncident } from "@/lib/incidents/mutations";
import { addMonths } from "@/lib/plan/calendar";
import { getReadiness } from "@/lib/readiness/data";
import { presentReadiness } from "@/lib/readiness/present";
import { markServiceRestored } from "@/lib/recovery/mutations";
import { updateRunbook } from "@/lib/runbooks/mutations";
import { updateService } from "@/lib/services/mutations";
import { documentedAnswerErrors } from "@/test/documented-answers";
import { demoUser } from "@/test/users";

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * MINUTE_MS);

/** A drill in which `serviceKey` went down `detectedMinutesAgo` and came back `recoveredAfter` minutes later. */
async function drillRestoring(serviceKey: string, detectedMinutesAgo: number, recoveredAfter: number) {
  const commander = await demoUser("commander");
  const detectedAt = minutesAgo(detectedMinutesAgo);
  const drill = await declareIncident(commander, {
    title: `Recovery drill: ${serviceKey}`,
    services: [{ key: serviceKey, impact: "down" }],
    detectedAt: detectedAt.toISOString(),
    isDrill: true,
  });
  const restoredAt = new Date(detectedAt.getTime() + recoveredAfter * MINUTE_MS);
  await markServiceRestored(commander, drill.id, serviceKey, { restoredAt: restoredAt.toISOString() });
  return { drill, restoredAt };
}

async function readinessOf(serviceKey: string, now?: Date) {
  const readiness = await getReadiness(await demoUser("viewer"), now);
  return readiness.services.find((entry) => entry.service.key === serviceKey)!;
}

describe("recovery readiness", () => {
  it("proves a service restored in a drill within its RTO, and lapses it once its test's interval has passed", async () => {
    expect(await readinessOf("database")).toMatchObject({ state: "never", proof: null, test: { key: "database-recovery" }, intervalMonths: 1, nextTestDueAt: null });

    const { drill, restoredAt } = await drillRestoring("database", 30, 20);
    const now = new Date();
    const proven = await readinessOf("database", now);
    expect(proven).toMatchObject({
      state: "proven",
      proof: { at: restoredAt, recoveryMinutes: 20, rtoMinutes: 60, withinRto: true, incident: { id: drill.id, number: drill.number, isDrill: true } },
      lapses: [],
    });
    const dueAt = proven.nextTestDueAt!;
    expect(formatDate(dueAt)).toBe(formatDate(addMonths(restoredAt, 1)));

    expect((await readinessOf("database", new Date(dueAt.getTime() - MINUTE_MS))).state).toBe("proven");
    const aMonthOn = await readinessOf("database", new Date(dueAt.getTime() + DAY_MS));
    expect(aMonthOn.state).toBe("lapsed");
    expect(aMonthOn.lapses).toEqual([{ cause: "interval", at: dueAt, by: null, words: `Interval of 1 month passed on ${formatDate(dueAt)}` }]);
  });

  it("lapses the proof when an admin changes the service's RTO after it, saying what, when and who", async () => {
    await drillRestoring("authentication", 40, 15);
    expect((await readinessOf("authentication")).state).toBe("proven");

    const admin = await demoUser("admin");
    await updateService(admin, "authentication", { rtoMinutes: 45 });
    const lapsed = await readinessOf("authentication");
    expect(lapsed.state).toBe("lapsed");
    expect(lapsed.lapses).toEqual([{ cause: "service", at: expect.any(Date), by: admin.name, words: `RTO minutes changed on ${formatDate(new Date())} by ${admin.name}` }]);
    expect(lapsed.nextTestDueAt).toEqual(lapsed.lapses[0].at);

    // A drill that restores it after the change proves it again.
    await drillRestoring("authentication", 10, 10);
    expect((await readinessOf("authentication")).state).toBe("proven");
  });

  it("keeps the proof through a rename, and through edits to other services", async () => {
    await drillRestoring("admin-panel", 60, 30);
    const admin = await demoUser("admin");
    await updateService(admin, "admin-panel", { name: "Admin console" });
    await updateService(admin, "mobile-api", { rtoMinutes: 200 });
    expect(await readinessOf("admin-panel")).toMatchObject({ state: "proven", service: { name: "Admin console" }, lapses: [] });
  });

  it("lapses the proof when a runbook whose steps recover the service changes", async () => {
    await drillRestoring("web-application", 50, 20);
    expect((await readinessOf("web-application")).state).toBe("proven");

    const admin = await demoUser("admin");
    await updateRunbook(admin, "application-cluster-failure", { title: "Application cluster down" });
    const lapsed = await readinessOf("web-application");
    expect(lapsed.state).toBe("lapsed");
    expect(lapsed.lapses.map((lapse) => [lapse.cause, lapse.words])).toEqual([["runbook", `Runbook “Application cluster down” changed on ${formatDate(new Date())} by ${admin.name}`]]);
  });

  it("shows a service restored after its RTO as missed, with the time achieved against the RTO", async () => {
    const rtoMinutes = (await db().service.findUniqueOrThrow({ where: { key: "voice-video" } })).rtoMinutes!;
    await drillRestoring("voice-video", rtoMinutes + 30, rtoMinutes + 10);
    expect(await readinessOf("voice-video")).toMatchObject({ state: "missed", proof: { recoveryMinutes: rtoMinutes + 10, rtoMinutes, withinRto: false } });
  });

  it("counts the services by state, answers as documented, and refuses a caller who is not signed in", async () => {
    const readiness = await getReadiness(await demoUser("viewer"));
    const { counts, services } = readiness;
    expect(counts.proven + counts.missed + counts.lapsed + counts.never).toBe(services.length);
    expect(services.map((entry) => entry.service.key)).toEqual((await db().service.findMany({ orderBy: { position: "asc" } })).map((service) => service.key));
    // A service the schedule does not cover holds its proof a year.
    expect(services.find((entry) => entry.service.key === "cdn")).toMatchObject({ test: null, intervalMonths: 12 });
    expect(documentedAnswerErrors("getReadiness", presentReadiness(readiness))).toBe("");
    await expect(getReadiness(null as never)).rejects.toMatchObject({ kind: "unauthenticated" });
  });
});
