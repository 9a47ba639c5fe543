import { describe, expect, it } from "vitest";
import { listBackupPolicies, listBackupVerificationSchedules } from "@/lib/backups/data";
import { updateBackupPolicy, updateVerificationSchedule } from "@/lib/backups/mutations";
import { db } from "@/lib/db";
import { listPlanChanges } from "@/lib/plan/changes";
import { demoUser } from "@/test/users";

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
