import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getBackupStatus, listBackupPolicies, listBackupVerificationSchedules, listVerifications } from "@/lib/backups/data";
import {
  DATABASE_ADMINISTRATOR_CONTACT_KEY,
  evaluateBackupAlerts,
  recordBackupVerification,
  updateBackupPolicy,
  updateVerificationSchedule,
} from "@/lib/backups/mutations";
import { db } from "@/lib/db";
import { DAY_MS, MINUTE_MS } from "@/lib/format";
import { listPlanChanges } from "@/lib/plan/changes";
import { runDueWork } from "@/lib/scheduler/scheduler";
import { createWebhook } from "@/lib/webhooks/mutations";
import { snapshot as everyRow } from "@/test/tables";
import { demoUser, extraUser } from "@/test/users";

async function planState() {
  return {
    policies: await db().backupPolicy.findMany({ orderBy: { key: "asc" } }),
    schedules: await db().backupVerificationSchedule.findMany({ orderBy: { key: "asc" } }),
    changes: await db().planChange.findMany(),
    version: (await db().planDocument.findUniqueOrThrow({ where: { id: "plan" } })).version,
  };
}

const nextMinor = (version: string) => {
  const [major, minor] = version.split(".").map(Number);
  return `${major}.${minor + 1}`;
};

describe("updateBackupPolicy", () => {
  it("changes the fields given, reads back so, and leaves one change record that moves the version on", async () => {
    const admin = await demoUser("admin");
    const { version, changes } = await planState();

    const answer = await updateBackupPolicy(admin, "configuration", { frequency: "Every 6 hours", frequencyMinutes: 360, fullBackup: "Weekly", retention: "180 days" });

    expect(answer).toEqual({
      key: "configuration",
      name: "Configuration Backups",
      frequency: "Every 6 hours",
      frequencyMinutes: 360,
      fullBackup: "Weekly",
      retention: "180 days",
      location: "Git repository + S3 versioning",
    });
    expect((await listBackupPolicies(admin)).find((policy) => policy.key === "configuration")).toMatchObject({ frequency: "Every 6 hours", frequencyMinutes: 360, retention: "180 days" });
    expect(await db().planChange.count()).toBe(changes.length + 1);
    const [change] = await listPlanChanges(admin);
    expect(change).toMatchObject({
      kind: "backup-policy",
      itemKey: "configuration",
      label: "Configuration Backups",
      changedById: admin.id,
      version: nextMinor(version),
      before: { frequency: "On every deployment", frequencyMinutes: null, fullBackup: null, retention: "90 days" },
      after: { frequency: "Every 6 hours", frequencyMinutes: 360, fullBackup: "Weekly", retention: "180 days" },
    });
    expect((await planState()).version).toBe(nextMinor(version));
  });

  it("clears an optional field with null, and writes nothing when the values are written back as they stand", async () => {
    const admin = await demoUser("admin");
    await updateBackupPolicy(admin, "application-data", { fullBackup: null });
    expect((await db().backupPolicy.findUniqueOrThrow({ where: { key: "application-data" } })).fullBackup).toBeNull();

    const before = await planState();
    const policy = before.policies.find((candidate) => candidate.key === "database")!;
    const { name, frequency, frequencyMinutes, fullBackup, retention, location } = policy;
    await updateBackupPolicy(admin, "database", { name, frequency, frequencyMinutes, fullBackup, retention, location });
    expect(await planState()).toEqual(before);
  });

  it.each(["viewer", "responder", "commander"] as const)("refuses a %s and changes nothing", async (role) => {
    const before = await planState();
    await expect(updateBackupPolicy(await demoUser(role), "database", { retention: "1 day" })).rejects.toMatchObject({ kind: "forbidden", message: "Only a plan admin can change the plan." });
    expect(await planState()).toEqual(before);
  });

  it.each([
    [{ frequencyMinutes: 0 }, "frequencyMinutes", "frequencyMinutes must be a whole number from 1 to 525600"],
    [{ name: " " }, "name", "name must not be empty"],
    [{ retention: null }, "retention", "retention must be text"],
    [{ location: "S3\u0000" }, "location", "location must not contain control characters"],
    [{ position: 1 }, "position", "position is not a field this request takes"],
  ])("refuses %j naming %s, and changes nothing", async (input, field, message) => {
    const before = await planState();
    await expect(updateBackupPolicy(await demoUser("admin"), "database", input)).rejects.toMatchObject({ kind: "invalid", field, message });
    expect(await planState()).toEqual(before);
  });

  it("refuses an unknown policy with a 404, changing nothing", async () => {
    const before = await planState();
    await expect(updateBackupPolicy(await demoUser("admin"), "tape", { retention: "1 day" })).rejects.toMatchObject({ kind: "not_found", message: 'No backup policy has the key "tape".' });
    expect(await planState()).toEqual(before);
  });
});

describe("updateVerificationSchedule", () => {
  it("changes a check, reads back so, and records it before and after", async () => {
    const admin = await demoUser("admin");
    const { version } = await planState();

    const answer = await updateVerificationSchedule(admin, "weekly-restore-test", { cadence: "Fortnightly", intervalDays: 14 });

    expect(answer).toEqual({ key: "weekly-restore-test", cadence: "Fortnightly", intervalDays: 14, activity: "Test restore procedures on staging", lastRun: null });
    expect((await listBackupVerificationSchedules(admin)).find((schedule) => schedule.key === "weekly-restore-test")).toMatchObject({ cadence: "Fortnightly", intervalDays: 14 });
    const [change] = await listPlanChanges(admin);
    expect(change).toMatchObject({
      kind: "backup-verification",
      itemKey: "weekly-restore-test",
      label: "Fortnightly backup check",
      version: nextMinor(version),
      before: { cadence: "Weekly", intervalDays: 7 },
      after: { cadence: "Fortnightly", intervalDays: 14 },
    });
  });

  it.each(["viewer", "responder"] as const)("refuses a %s and changes nothing", async (role) => {
    const before = await planState();
    await expect(updateVerificationSchedule(await demoUser(role), "daily-integrity-check", { intervalDays: 2 })).rejects.toMatchObject({ kind: "forbidden" });
    expect(await planState()).toEqual(before);
  });

  it("refuses an interval of no days and an unknown check, changing nothing", async () => {
    const admin = await demoUser("admin");
    const before = await planState();
    await expect(updateVerificationSchedule(admin, "daily-integrity-check", { intervalDays: 0 })).rejects.toMatchObject({
      kind: "invalid",
      field: "intervalDays",
      message: "intervalDays must be a whole number from 1 to 366",
    });
    await expect(updateVerificationSchedule(admin, "hourly", { intervalDays: 1 })).rejects.toMatchObject({ kind: "not_found" });
    expect(await planState()).toEqual(before);
  });
});

// A controlled clock: every run lies days in the past, so no check of the schema finds it in the
// future, and the plan is adopted a month before, so no check is overdue unless a test says so.
const T0 = new Date(Math.floor((Date.now() - 10 * DAY_MS) / MINUTE_MS) * MINUTE_MS);
const at = (minutes: number) => new Date(T0.getTime() + minutes * MINUTE_MS);

async function adoptPlanLongAgo() {
  // The tests of this file share one database: each starts from no runs and no alerts.
  await db().backupVerification.deleteMany();
  await db().backupAlertState.deleteMany();
  await db().notification.deleteMany({ where: { kind: "backup" } });
  await db().webhook.deleteMany();
  await db().planDocument.update({ where: { id: "plan" }, data: { adoptedAt: new Date(T0.getTime() - 30 * DAY_MS) } });
  // Every check passed at T0, so only the test's own runs move anything.
  const schedules = await db().backupVerificationSchedule.findMany();
  await db().backupVerification.createMany({ data: schedules.map((schedule) => ({ scheduleId: schedule.id, performedAt: T0, succeeded: true })) });
}

async function verify(dataClass: string, restorePointMinutes: number, options: { performedMinutes?: number; check?: string; succeeded?: boolean } = {}) {
  const performed = options.performedMinutes ?? restorePointMinutes;
  const succeeded = options.succeeded ?? true;
  return recordBackupVerification(
    await demoUser("responder"),
    {
      check: options.check ?? "daily-integrity-check",
      dataClass,
      performedAt: at(performed).toISOString(),
      succeeded,
      restorePointAt: succeeded ? at(restorePointMinutes).toISOString() : null,
      notes: "Restored to staging",
    },
    at(performed),
  );
}

const bands = async (minutes: number) =>
  Object.fromEntries((await getBackupStatus(await demoUser("viewer"), at(minutes))).dataClasses.map((item) => [item.key, item.state]));

describe("recordBackupVerification", () => {
  it("records a run with its check, class, restore point and who recorded it, with its audit record", async () => {
    await adoptPlanLongAgo();
    const responder = await demoUser("responder");
    const recorded = await verify("database", -5, { performedMinutes: 1, check: "weekly-restore-test" });
    expect(recorded).toMatchObject({
      check: { key: "weekly-restore-test" },
      dataClass: { key: "database", name: "Database" },
      performedAt: at(1),
      succeeded: true,
      restorePointAt: at(-5),
      notes: "Restored to staging",
      recordedBy: { name: responder.name },
    });
    const listed = await listVerifications(await demoUser("viewer"), { check: "weekly-restore-test" });
    expect(listed[0]).toMatchObject({ id: recorded.id });
    expect(listed.every((run) => run.schedule.key === "weekly-restore-test")).toBe(true);
    const row = await db().backupVerification.findUniqueOrThrow({ where: { id: recorded.id }, include: { backupPolicy: true } });
    expect(row.backupPolicy?.key).toBe("database");
    expect(await db().auditEvent.findFirst({ where: { itemKey: recorded.id } })).toMatchObject({
      action: "backup-verification.recorded",
      actorId: responder.id,
      after: { check: "weekly-restore-test", dataClass: "database", succeeded: true },
    });
  });

  it("grades each data class by its newest verified restore point against its RPO, in the four bands", async () => {
    await adoptPlanLongAgo();
    expect(await bands(0)).toEqual({ database: "unverified", "user-content": "unverified", configuration: "unverified" });
    await verify("database", -10, { performedMinutes: 0 });
    await verify("user-content", -90, { performedMinutes: 0 });
    await verify("configuration", -20 * 60, { performedMinutes: 0 });
    // Database 15 min, user content 1 h, configuration 4 h.
    expect(await bands(0)).toEqual({ database: "within", "user-content": "up-to-2x", configuration: "beyond" });
    expect(await bands(30)).toEqual({ database: "up-to-4x", "user-content": "up-to-2x", configuration: "beyond" });
    expect(await bands(31)).toEqual({ database: "up-to-4x", "user-content": "up-to-4x", configuration: "beyond" });
    // A failed run proves nothing: the band stays where the last success put it.
    await verify("configuration", 0, { performedMinutes: 1, succeeded: false });
    expect((await bands(1)).configuration).toBe("beyond");
    // An older restore point recorded later does not move the newest back.
    await verify("database", -60, { performedMinutes: 2 });
    await verify("configuration", -60, { performedMinutes: 2 });
    expect(await bands(2)).toEqual({ database: "within", "user-content": "up-to-2x", configuration: "within" });
  });

  it.each([
    [{ performedAt: "2999-01-01T00:00:00Z" }, "performedAt", "performedAt cannot be in the future"],
    [{ restorePointAt: new Date(T0.getTime() + MINUTE_MS).toISOString() }, "restorePointAt", "restorePointAt must be no later than the time the check ran: a run restores a copy taken before it"],
    [{ restorePointAt: null }, "restorePointAt", "restorePointAt is required when the run succeeded: the moment the restored copy holds data up to"],
    [{ check: "hourly" }, "check", 'No backup verification check has the key "hourly".'],
    [{ dataClass: "tapes" }, "dataClass", 'No data class of the plan has the key "tapes".'],
    [{ succeeded: "yes" }, "succeeded", "succeeded must be true or false"],
    [{ restorePointAt: "yesterday" }, "restorePointAt", "restorePointAt must be a date and time, such as 2026-12-01T09:30:00Z"],
    [{ performedAt: 12, restorePointAt: "soon" }, "performedAt", "performedAt must be a date and time, such as 2026-12-01T09:30:00Z"],
    [{ policy: "database" }, "policy", "policy is not a field this request takes"],
  ])("refuses %j naming %s in words, and changes nothing", async (change, field, message) => {
    const input = { check: "daily-integrity-check", dataClass: "database", performedAt: T0.toISOString(), succeeded: true, restorePointAt: T0.toISOString(), ...change };
    const before = await everyRow();
    await expect(recordBackupVerification(await demoUser("admin"), input, T0)).rejects.toMatchObject({ kind: "invalid", field, message });
    expect(await everyRow()).toEqual(before);
  });

  it("refuses management (a viewer), and changes nothing", async () => {
    const before = await everyRow();
    await expect(
      recordBackupVerification(await demoUser("viewer"), { check: "daily-integrity-check", dataClass: "database", performedAt: T0.toISOString(), succeeded: false }),
    ).rejects.toMatchObject({ kind: "forbidden", message: "Only responders, commanders and admins can record a backup verification." });
    expect(await everyRow()).toEqual(before);
  });
});

describe("backup alerts", () => {
  let receiver: Server;
  const received: { event: string; data: Record<string, unknown> }[] = [];

  beforeAll(async () => {
    receiver = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk) => (body += chunk));
      request.on("end", () => {
        received.push(JSON.parse(body));
        response.writeHead(200).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    process.env.MUSTER_WEBHOOK_ALLOWED_HOSTS = "127.0.0.1";
  });

  afterAll(() => {
    receiver.close();
    delete process.env.MUSTER_WEBHOOK_ALLOWED_HOSTS;
  });

  const breachMessages = () => db().outboundMessage.findMany({ where: { event: "backup.rpo_breached" }, orderBy: { nextAttemptAt: "asc" } });

  it("calls the webhooks with backup.rpo_breached once when a class enters beyond 4× its RPO, however many passes follow, and again after it recovered", async () => {
    await adoptPlanLongAgo();
    await createWebhook(await demoUser("admin"), { name: "Backup bridge", url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks` });
    const administrator = await extraUser("responder", "Dana Database");
    await db().contact.update({ where: { key: DATABASE_ADMINISTRATOR_CONTACT_KEY }, data: { userId: administrator.id } });

    await verify("database", 0);
    // Within, up to 2×, up to 4×: no breach yet.
    for (const minute of [0, 15, 16, 30, 31, 60]) await runDueWork(() => at(minute));
    expect(await breachMessages()).toEqual([]);
    // Beyond four RPOs: one notice, and passes after it send none.
    for (const minute of [61, 61, 62, 120, 600]) await runDueWork(() => at(minute));
    const [breach, ...more] = await breachMessages();
    expect(more).toEqual([]);
    expect(breach.payload).toEqual({
      dataClass: { key: "database", name: "Database" },
      rpoMinutes: 15,
      ageMinutes: 61,
      newestRestorePointAt: at(0).toISOString(),
      at: at(61).toISOString(),
    });
    expect(received.filter((notice) => notice.event === "backup.rpo_breached")).toMatchObject([{ data: { dataClass: { key: "database" }, ageMinutes: 61 } }]);

    // The admins and the database administrator are told in Muster.
    const admin = await demoUser("admin");
    const told = await db().notification.findMany({ where: { kind: "backup" }, select: { userId: true, title: true } });
    expect(told.map((row) => row.userId).sort()).toEqual([admin.id, administrator.id].sort());
    expect(told[0].title).toBe("Database backups are beyond their RPO");
    expect((await getBackupStatus(admin, at(600))).dataClasses.find((item) => item.key === "database")).toMatchObject({ state: "beyond", alerting: true });

    // A new restore point brings it back within; breaching again sends again, once.
    await verify("database", 700);
    await runDueWork(() => at(701));
    expect(await breachMessages()).toHaveLength(1);
    for (const minute of [761, 762, 900]) await runDueWork(() => at(minute));
    expect(await breachMessages()).toHaveLength(2);
  });

  it("tells of a breach once when two passes grade at the same moment", async () => {
    await adoptPlanLongAgo();
    await verify("user-content", 0);
    const passes = await Promise.all([evaluateBackupAlerts(at(241)), evaluateBackupAlerts(at(241)), evaluateBackupAlerts(at(241))]);
    expect(passes.flat().filter((subject) => subject === "class:user-content")).toHaveLength(1);
    // One notification for each person told, not one for each pass.
    const told = await db().notification.findMany({ where: { kind: "backup", title: "User Content backups are beyond their RPO" }, select: { userId: true } });
    expect(told.length).toBeGreaterThan(0);
    expect(new Set(told.map((row) => row.userId)).size).toBe(told.length);
  });

  it("notifies when a check falls overdue, counted from the last success, once", async () => {
    await adoptPlanLongAgo();
    // Every check passed at T0; the daily one falls overdue a day later.
    expect(await evaluateBackupAlerts(at(24 * 60))).toEqual([]);
    expect(await evaluateBackupAlerts(at(24 * 60 + 1))).toEqual(["check:daily-integrity-check"]);
    expect(await evaluateBackupAlerts(at(24 * 60 + 2))).toEqual([]);
    const status = await getBackupStatus(await demoUser("viewer"), at(24 * 60 + 2));
    expect(status.checks.find((check) => check.key === "daily-integrity-check")).toMatchObject({ state: "overdue", dueAt: at(24 * 60), lastSuccessAt: T0 });
    expect(await db().notification.count({ where: { kind: "backup", title: "Daily backup check is overdue" } })).toBeGreaterThan(0);
  });
});
