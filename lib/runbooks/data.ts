import "server-only";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/timeline/mutations";
import { requireSignedIn, type SignedInUser } from "@/lib/users/data";
import { parseId } from "@/lib/validation";

/** Every runbook with what the index shows of it: its scenarios and how much work it holds. */
export async function listRunbooks(caller: SignedInUser) {
  requireSignedIn(caller);
  const runbooks = await db().runbook.findMany({
    orderBy: { position: "asc" },
    select: {
      key: true,
      title: true,
      kind: true,
      situation: true,
      scenarios: { orderBy: { scenario: { position: "asc" } }, select: { scenario: { select: { key: true, name: true } } } },
      phases: { select: { _count: { select: { steps: true } } } },
    },
  });
  return runbooks.map(({ scenarios, phases, ...runbook }) => ({
    ...runbook,
    scenarios: scenarios.map((link) => link.scenario),
    phaseCount: phases.length,
    stepCount: phases.reduce((sum, phase) => sum + phase._count.steps, 0),
  }));
}

export type RunbookSummary = Awaited<ReturnType<typeof listRunbooks>>[number];

const RUNBOOK_WITH_STEPS = {
  scenarios: { orderBy: { scenario: { position: "asc" } }, select: { scenario: { select: { key: true, name: true } } } },
  drills: { orderBy: { position: "asc" }, select: { key: true, testType: true, frequency: true } },
  phases: {
    orderBy: { position: "asc" },
    include: {
      steps: { orderBy: { position: "asc" }, include: { service: { select: { key: true, name: true } } } },
    },
  },
} satisfies Prisma.RunbookInclude;

/** One runbook with its phases and ordered steps, read in `tx` when given; null when no runbook has this key. */
export function findRunbook(key: string, tx: Tx = db()) {
  return tx.runbook.findUnique({ where: { key }, include: RUNBOOK_WITH_STEPS });
}

/** One runbook with its phases and ordered steps; null when no runbook has this key. */
export function getRunbook(caller: SignedInUser, key: string) {
  requireSignedIn(caller);
  return findRunbook(key);
}

/** One runbook with its phases and ordered steps, for the API: an unknown key is a 404. */
export async function requireRunbook(caller: SignedInUser, runbookKey: string) {
  const runbook = await getRunbook(caller, parseId(runbookKey, "key", "a runbook's key"));
  if (!runbook) throw new DomainError("not_found", `No runbook has the key "${runbookKey}".`);
  return runbook;
}

export type RunbookWithSteps = NonNullable<Awaited<ReturnType<typeof getRunbook>>>;
export type RunbookPhaseWithSteps = RunbookWithSteps["phases"][number];
export type RunbookStepWithService = RunbookPhaseWithSteps["steps"][number];

/** The plan's recovery scripts, core before utility. */
export function listRecoveryScripts(caller: SignedInUser) {
  requireSignedIn(caller);
  return db().recoveryScript.findMany({ orderBy: [{ category: "asc" }, { position: "asc" }] });
}

export type RecoveryScriptRecord = Awaited<ReturnType<typeof listRecoveryScripts>>[number];
