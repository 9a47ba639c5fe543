import "server-only";
import { DomainError } from "@/lib/errors";
import { requireVerificationRecorder } from "@/lib/backups/ability";
import { listBackupPolicies, listBackupVerificationSchedules, readBackupStatus, readVerification, type GradedCheck, type GradedDataClass } from "@/lib/backups/data";
import { overdueCheckInWords, presentBackupPolicy, presentVerification, presentVerificationSchedule, rpoBreachInWords } from "@/lib/backups/present";
import { recordVerificationSchema, updateBackupPolicySchema, updateVerificationScheduleSchema } from "@/lib/backups/schema";
import { appUrl } from "@/lib/app-url";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { createNotifications } from "@/lib/notifications/mutations";
import { publishNotifications } from "@/lib/realtime/publish";
import { enqueueNotices } from "@/lib/outbound/mutations";
import type { ChatMessage } from "@/lib/chat/types";
import type { Tx } from "@/lib/timeline/mutations";
import { requirePlanAdmin } from "@/lib/plan/ability";
import { editPlanItem } from "@/lib/plan/edit-item";
import type { SignedInUser } from "@/lib/users/data";
import { parseId, parseInput } from "@/lib/validation";

/** Changes a backup policy of the plan (admins): its name, frequency, full backup, retention and location. */
export async function updateBackupPolicy(user: SignedInUser, policyKey: string, input: unknown) {
  requirePlanAdmin(user);
  const key = parseId(policyKey, "key", "a backup policy's key");
  const changes = parseInput(updateBackupPolicySchema, input);
  const missing = `No backup policy has the key "${policyKey}".`;
  await editPlanItem(user, changes, {
    kind: "backup-policy",
    key,
    missing,
    find: (tx) => tx.backupPolicy.findUnique({ where: { key } }),
    values: presentBackupPolicy,
    label: (after) => after.name,
    write: (tx, policy, changed) => tx.backupPolicy.update({ where: { id: policy.id }, data: changed }),
  });
  const policy = (await listBackupPolicies(user)).find((candidate) => candidate.key === key);
  if (!policy) throw new DomainError("not_found", missing);
  return presentBackupPolicy(policy);
}

/** Changes a check of the backup verification schedule (admins): its cadence, interval and activity. */
export async function updateVerificationSchedule(user: SignedInUser, scheduleKey: string, input: unknown) {
  requirePlanAdmin(user);
  const key = parseId(scheduleKey, "key", "a verification check's key");
  const changes = parseInput(updateVerificationScheduleSchema, input);
  const missing = `No backup verification check has the key "${scheduleKey}".`;
  await editPlanItem(user, changes, {
    kind: "backup-verification",
    key,
    missing,
    find: (tx) => tx.backupVerificationSchedule.findUnique({ where: { key } }),
    values: ({ cadence, intervalDays, activity }) => ({ cadence, intervalDays, activity }),
    label: (after) => `${after.cadence} backup check`,
    write: (tx, schedule, changed) => tx.backupVerificationSchedule.update({ where: { id: schedule.id }, data: changed }),
  });
  const schedule = (await listBackupVerificationSchedules(user)).find((candidate) => candidate.key === key);
  if (!schedule) throw new DomainError("not_found", missing);
  return presentVerificationSchedule(schedule);
}

/**
 * Records one run of a verification check, from the backups page or a backup job's token, with
 * its audit record; then grades the backups at once, so a breach it ends or begins is told now
 * rather than on the scheduler's next pass.
 */
export async function recordBackupVerification(user: SignedInUser, input: unknown, now: Date = new Date()) {
  requireVerificationRecorder(user);
  const run = parseInput(recordVerificationSchema, input);
  const id = await db().$transaction(async (tx) => {
    const schedule = await tx.backupVerificationSchedule.findUnique({ where: { key: run.check }, select: { id: true, cadence: true } });
    if (!schedule) throw new DomainError("invalid", `No backup verification check has the key "${run.check}".`, "check");
    const dataClass = await tx.dataRecoveryPoint.findUnique({ where: { key: run.dataClass }, select: { key: true, name: true } });
    if (!dataClass) throw new DomainError("invalid", `No data class of the plan has the key "${run.dataClass}".`, "dataClass");
    // The backup policy of the same name, where the plan has one, so the run shows under it too.
    const policy = await tx.backupPolicy.findUnique({ where: { key: dataClass.key }, select: { id: true } });
    const created = await tx.backupVerification.create({
      data: {
        scheduleId: schedule.id,
        dataClassKey: dataClass.key,
        backupPolicyId: policy?.id ?? null,
        performedAt: run.performedAt,
        succeeded: run.succeeded,
        restorePointAt: run.restorePointAt ?? null,
        notes: run.notes || null,
        recordedById: user.id,
        recordedAt: now,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, user, {
      action: "backup-verification.recorded",
      itemKind: "backup-verification",
      itemKey: created.id,
      label: `${schedule.cadence} backup check of ${dataClass.name}`,
      before: null,
      after: {
        check: run.check,
        dataClass: dataClass.key,
        performedAt: run.performedAt.toISOString(),
        succeeded: run.succeeded,
        restorePointAt: run.restorePointAt?.toISOString() ?? null,
      },
    });
    return created.id;
  });
  try {
    await evaluateBackupAlerts(now);
  } catch (error) {
    // The run is recorded; the scheduler's next pass grades again.
    console.error("Grading the backups after a verification failed; the next scheduler pass retries", error);
  }
  return presentVerification(await readVerification(id));
}

/** The plan's contact who is told of every backup alert beside the admins. */
export const DATABASE_ADMINISTRATOR_CONTACT_KEY = "database-administrator";

type AlertSubject =
  | { kind: "class"; key: string; state: string; alerting: boolean; item: GradedDataClass }
  | { kind: "check"; key: string; state: string; alerting: boolean; item: GradedCheck };

/** The words and the outside notice of an alert that has just begun. */
function alertNotice(subject: AlertSubject) {
  if (subject.kind === "class") {
    const { key, name, rpoMinutes, ageMinutes, newestRestorePointAt } = subject.item;
    return {
      event: "backup.rpo_breached",
      title: `${name} backups are beyond their RPO`,
      body: rpoBreachInWords(subject.item),
      payload: { dataClass: { key, name }, rpoMinutes, ageMinutes, newestRestorePointAt: newestRestorePointAt?.toISOString() ?? null },
    };
  }
  const { key, cadence, activity, intervalDays, dueAt, lastSuccessAt } = subject.item;
  return {
    event: "backup.check_overdue",
    title: `${cadence} backup check is overdue`,
    body: overdueCheckInWords(subject.item),
    payload: { check: { key, cadence, activity }, intervalDays, dueAt: dueAt.toISOString(), lastSuccessAt: lastSuccessAt?.toISOString() ?? null },
  };
}

/** Tells the admins and the database administrator, in Muster, by e-mail with SMTP, and through the webhooks. */
async function sendAlert(tx: Tx, subject: AlertSubject, now: Date) {
  const notice = alertNotice(subject);
  const [admins, administrator] = await Promise.all([
    tx.user.findMany({ where: { role: "admin", deactivatedAt: null }, select: { id: true, email: true } }),
    tx.contact.findUnique({ where: { key: DATABASE_ADMINISTRATOR_CONTACT_KEY }, select: { email: true, userId: true } }),
  ]);
  const userIds = new Set([...admins.map((admin) => admin.id), ...(administrator?.userId ? [administrator.userId] : [])]);
  const notified = await createNotifications(tx, [...userIds].map((userId) => ({ userId, kind: "backup", title: notice.title, body: notice.body })));
  const addresses = new Set([...admins.map((admin) => admin.email), ...(administrator ? [administrator.email] : [])]);
  const backups = appUrl("/backups#backup-status").toString();
  const text = `${notice.body}\n\nBackups: ${backups}`;
  const chat: ChatMessage = { event: notice.event, headline: notice.title, text: notice.body, incident: null, link: { url: backups, label: "Open backup status" }, bridgeUrl: null, at: now.toISOString() };
  const emails = () => [...addresses].map((to) => ({ to, subject: `Muster: ${notice.title}`, text }));
  await enqueueNotices(tx, notice.event, { ...notice.payload, at: now.toISOString() }, emails, now, chat);
  return notified;
}

/**
 * Grades every data class and check at `now` and remembers each one's state; one whose alert has
 * just begun (a class beyond four RPOs, a check overdue) notifies once. It notifies again only
 * after it recovered and breached anew. The stored row is locked while it is compared, so two
 * schedulers, or a pass beside a verification, tell of a breach once. Returns what began alerting.
 */
export async function evaluateBackupAlerts(now: Date): Promise<string[]> {
  const status = await readBackupStatus(now);
  const subjects: AlertSubject[] = [
    ...status.dataClasses.map((item) => ({ kind: "class" as const, key: item.key, state: item.state, alerting: item.alerting, item })),
    ...status.checks.map((item) => ({ kind: "check" as const, key: item.key, state: item.state, alerting: item.alerting, item })),
  ];
  const stored = await db().backupAlertState.findMany();
  const storedOf = new Map(stored.map((row) => [`${row.subjectKind}:${row.subjectKey}`, row]));
  // The scheduler runs every few seconds: a state already stored opens no transaction.
  const changed = subjects.filter((subject) => {
    const row = storedOf.get(`${subject.kind}:${subject.key}`);
    return !row || row.state !== subject.state || row.alerting !== subject.alerting;
  });
  const began: string[] = [];
  for (const subject of changed) {
    const alerted = await db().$transaction(async (tx) => {
      const where = { subjectKind: subject.kind, subjectKey: subject.key };
      await tx.backupAlertState.createMany({ data: [{ ...where, state: subject.state, alerting: false, changedAt: now }], skipDuplicates: true });
      const [current] = await tx.$queryRaw<{ state: string; alerting: boolean }[]>`
        SELECT state, alerting FROM "BackupAlertState" WHERE "subjectKind" = ${subject.kind} AND "subjectKey" = ${subject.key} FOR UPDATE`;
      if (current.state === subject.state && current.alerting === subject.alerting) return null;
      await tx.backupAlertState.update({ where: { subjectKind_subjectKey: where }, data: { state: subject.state, alerting: subject.alerting, changedAt: now } });
      if (!subject.alerting || current.alerting) return null;
      return sendAlert(tx, subject, now);
    });
    if (alerted) {
      publishNotifications(alerted);
      began.push(`${subject.kind}:${subject.key}`);
    }
  }
  return began;
}
