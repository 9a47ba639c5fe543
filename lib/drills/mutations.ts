import "server-only";
import { DomainError } from "@/lib/errors";
import { listDrillSchedules, listSuccessCriteria } from "@/lib/drills/data";
import { presentDrillSchedule, presentSuccessCriterion } from "@/lib/drills/present";
import { updateDrillScheduleSchema, updateSuccessCriterionSchema } from "@/lib/drills/schema";
import { requirePlanAdmin } from "@/lib/plan/ability";
import { editPlanItem } from "@/lib/plan/edit-item";
import type { SignedInUser } from "@/lib/users/data";
import { parseId, parseInput } from "@/lib/validation";

/**
 * Changes a test of the recovery testing schedule (admins): its type, frequency, interval, duration,
 * scope and the runbook its drills work through. Drills already run keep what they were run with.
 */
export async function updateDrillSchedule(user: SignedInUser, drillKey: string, input: unknown) {
  requirePlanAdmin(user);
  const key = parseId(drillKey, "key", "a recovery test's key");
  const changes = parseInput(updateDrillScheduleSchema, input);
  const missing = `No recovery test has the key "${drillKey}".`;
  await editPlanItem(user, changes, {
    kind: "drill",
    key,
    missing,
    find: (tx) => tx.drillSchedule.findUnique({ where: { key }, include: { runbook: { select: { key: true } } } }),
    values: presentDrillSchedule,
    label: (after) => after.testType,
    write: async (tx, drill, { runbookKey, ...fields }) => {
      let runbookId: string | null | undefined;
      if (runbookKey) {
        const runbook = await tx.runbook.findUnique({ where: { key: runbookKey }, select: { id: true } });
        if (!runbook) throw new DomainError("invalid", `runbookKey names no runbook: "${runbookKey}".`, "runbookKey");
        runbookId = runbook.id;
      } else if (runbookKey === null) runbookId = null;
      return tx.drillSchedule.update({ where: { id: drill.id }, data: { ...fields, runbookId } });
    },
  });
  const drill = (await listDrillSchedules(user)).find((candidate) => candidate.key === key);
  if (!drill) throw new DomainError("not_found", missing);
  return presentDrillSchedule(drill);
}

/** Changes a success criterion a drill or a recovery is judged by (admins): its name and description. */
export async function updateSuccessCriterion(user: SignedInUser, criterionKey: string, input: unknown) {
  requirePlanAdmin(user);
  const key = parseId(criterionKey, "key", "a success criterion's key");
  const changes = parseInput(updateSuccessCriterionSchema, input);
  const missing = `No success criterion has the key "${criterionKey}".`;
  await editPlanItem(user, changes, {
    kind: "success-criterion",
    key,
    missing,
    find: (tx) => tx.successCriterion.findUnique({ where: { key } }),
    values: presentSuccessCriterion,
    label: (after) => after.name,
    write: (tx, _criterion, changed) => tx.successCriterion.update({ where: { key }, data: changed }),
  });
  const criterion = (await listSuccessCriteria(user)).find((candidate) => candidate.key === key);
  if (!criterion) throw new DomainError("not_found", missing);
  return presentSuccessCriterion(criterion);
}
