import "server-only";
import { db } from "@/lib/db";
import { requireSignedIn, type SignedInUser } from "@/lib/users/data";

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

/** One runbook with its phases and ordered steps; null when no runbook has this key. */
export function getRunbook(caller: SignedInUser, key: string) {
  requireSignedIn(caller);
  return db().runbook.findUnique({
    where: { key },
    include: {
      scenarios: { orderBy: { scenario: { position: "asc" } }, select: { scenario: { select: { key: true, name: true } } } },
      drills: { orderBy: { position: "asc" }, select: { key: true, testType: true, frequency: true } },
      phases: {
        orderBy: { position: "asc" },
        include: {
          steps: { orderBy: { position: "asc" }, include: { service: { select: { key: true, name: true } } } },
        },
      },
    },
  });
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
