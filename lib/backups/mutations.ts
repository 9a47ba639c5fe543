import "server-only";
import { DomainError } from "@/lib/errors";
import { listBackupPolicies, listBackupVerificationSchedules } from "@/lib/backups/data";
import { presentBackupPolicy, presentVerificationSchedule } from "@/lib/backups/present";
import { updateBackupPolicySchema, updateVerificationScheduleSchema } from "@/lib/backups/schema";
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
