// Whether each service's recovery is still proven: its last proof (a drill or a real incident in
// which it was restored) stands until its recovery test's interval passes, or until the plan changes
// what that proof exercised — the service's entry, or a runbook that recovers it.
import { DAY_MS, formatDate, minutesBetween } from "@/lib/format";
import { addMonths } from "@/lib/plan/calendar";
import { changeName } from "@/lib/plan/code/diff";
import { fieldInWords } from "@/lib/plan/words";
import { READINESS_STATES, type ReadinessState } from "@/lib/readiness/types";

/**
 * How long a proof stands for a service no recovery test covers: a year, the longest interval DORA
 * (Art. 11) accepts between tests, and the longest of the plan's own testing schedule.
 */
export const DEFAULT_TEST_INTERVAL_MONTHS = 12;

/**
 * A service's fields that do not change how it is recovered: renaming, describing or listing it on
 * the public page leaves its proof standing. Any other change to its entry (priority, RTO, RPO,
 * dependencies) lapses it.
 */
const FIELDS_THAT_KEEP_PROOF = new Set(["name", "description", "isPublic"]);

/** What an import that adds or removes a service changes: all of its entry. */
const WHOLE_ENTRY = "entry";

export type ServiceInput = { key: string; name: string; priority: number | null; rtoMinutes: number | null };

/** A service restored in an incident or a drill. */
export type RestoreInput = {
  serviceKey: string;
  restoredAt: Date;
  recoveryMinutes: number | null;
  rtoDeadline: Date;
  incident: { id: string; number: number; title: string; isDrill: boolean; detectedAt: Date };
};

/** A test of the recovery testing schedule: how often it runs, its procedure, the services it recovers. */
export type TestInput = { key: string; testType: string; intervalMonths: number; runbook: RunbookRef | null; serviceKeys: readonly string[] };

export type RunbookRef = { key: string; title: string };

/** A runbook step that acts on a service. */
export type StepInput = { runbook: RunbookRef; serviceKey: string };

/** A record of the plan's change log (kinds service, runbook and import are the ones read). */
export type PlanChangeInput = { kind: string; itemKey: string; before: unknown; after: unknown; changedAt: Date; changedByName: string };

export type Lapse = { cause: "interval" | "service" | "runbook"; at: Date; by: string | null; words: string };

export type ServiceReadiness = {
  service: ServiceInput;
  state: ReadinessState;
  proof: {
    at: Date;
    incident: RestoreInput["incident"];
    recoveryMinutes: number;
    /** The RTO the incident was declared under. */
    rtoMinutes: number;
    withinRto: boolean;
  } | null;
  /** The test whose interval applies (the shortest of those covering it); null: none covers it. */
  test: { key: string; testType: string } | null;
  intervalMonths: number;
  runbooks: RunbookRef[];
  /** Why the proof no longer stands, earliest first; empty while it stands. */
  lapses: Lapse[];
  /** When the proof stops standing: the interval's end, or the first change that lapsed it; null when never proven. */
  nextTestDueAt: Date | null;
};

export type ReadinessInput = {
  services: readonly ServiceInput[];
  restores: readonly RestoreInput[];
  tests: readonly TestInput[];
  steps: readonly StepInput[];
  changes: readonly PlanChangeInput[];
};

/** "A", "A and B", "A, B and C". */
function listInWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

function fieldsOf(values: unknown): string[] {
  return values && typeof values === "object" && !Array.isArray(values) ? Object.keys(values) : [];
}

/** The service's fields a change names, as the change record keeps them (an import keeps them under "services[key]"). */
function changedServiceFields(change: PlanChangeInput, serviceKey: string): string[] {
  if (change.kind === "service" && change.itemKey === serviceKey) return [...new Set([...fieldsOf(change.before), ...fieldsOf(change.after)])];
  if (change.kind !== "import") return [];
  const name = changeName({ part: "services", key: serviceKey });
  const part = (values: unknown) => (values && typeof values === "object" ? (values as Record<string, unknown>)[name] : undefined);
  const [before, after] = [part(change.before), part(change.after)];
  if (before === undefined && after === undefined) return [];
  // Added or removed by the import: every field counts.
  return before === null || after === null ? [WHOLE_ENTRY] : [...new Set([...fieldsOf(before), ...fieldsOf(after)])];
}

function importNames(change: PlanChangeInput): Set<string> {
  return new Set([...fieldsOf(change.before), ...fieldsOf(change.after)]);
}

function changesTheRunbook(change: PlanChangeInput, runbookKey: string): boolean {
  if (change.kind === "runbook") return change.itemKey === runbookKey;
  return change.kind === "import" && importNames(change).has(changeName({ part: "runbooks", key: runbookKey }));
}

function lapsesAfter(proofAt: Date, service: ServiceInput, runbooks: readonly RunbookRef[], changes: readonly PlanChangeInput[]): Lapse[] {
  const lapses: Lapse[] = [];
  for (const change of changes) {
    if (change.changedAt <= proofAt) continue;
    const on = `on ${formatDate(change.changedAt)} by ${change.changedByName}`;
    const fields = changedServiceFields(change, service.key).filter((field) => !FIELDS_THAT_KEEP_PROOF.has(field));
    if (fields.length > 0) {
      const what = fields.includes(WHOLE_ENTRY) ? `${service.name}'s entry` : listInWords(fields.map(fieldInWords));
      lapses.push({ cause: "service", at: change.changedAt, by: change.changedByName, words: `${what} changed ${on}` });
    }
    for (const runbook of runbooks.filter((candidate) => changesTheRunbook(change, candidate.key))) {
      lapses.push({ cause: "runbook", at: change.changedAt, by: change.changedByName, words: `Runbook “${runbook.title}” changed ${on}` });
    }
  }
  return lapses;
}

function latestRestoreOf(serviceKey: string, restores: readonly RestoreInput[], now: Date): RestoreInput | null {
  let latest: RestoreInput | null = null;
  for (const restore of restores) {
    if (restore.serviceKey !== serviceKey || restore.restoredAt > now) continue;
    if (!latest || restore.restoredAt > latest.restoredAt) latest = restore;
  }
  return latest;
}

/** The same moment `months` later: the calendar's day, at the proof's own time of day. */
function monthsLater(date: Date, months: number): Date {
  return new Date(addMonths(date, months).getTime() + (date.getTime() % DAY_MS));
}

function uniqueRunbooks(runbooks: readonly RunbookRef[]): RunbookRef[] {
  return [...new Map(runbooks.map((runbook) => [runbook.key, runbook])).values()];
}

/** One service's readiness at `now`. */
function assessService(service: ServiceInput, input: ReadinessInput, now: Date): ServiceReadiness {
  const covering = input.tests.filter((test) => test.serviceKeys.includes(service.key));
  const governing = covering.reduce<TestInput | null>((shortest, test) => (!shortest || test.intervalMonths < shortest.intervalMonths ? test : shortest), null);
  const intervalMonths = governing?.intervalMonths ?? DEFAULT_TEST_INTERVAL_MONTHS;
  const runbooks = uniqueRunbooks([
    ...input.steps.filter((step) => step.serviceKey === service.key).map((step) => step.runbook),
    ...covering.flatMap((test) => (test.runbook ? [test.runbook] : [])),
  ]);
  const test = governing && { key: governing.key, testType: governing.testType };
  const restore = latestRestoreOf(service.key, input.restores, now);
  if (!restore) return { service, state: "never", proof: null, test, intervalMonths, runbooks, lapses: [], nextTestDueAt: null };

  const proof = {
    at: restore.restoredAt,
    incident: restore.incident,
    recoveryMinutes: restore.recoveryMinutes ?? minutesBetween(restore.incident.detectedAt, restore.restoredAt),
    rtoMinutes: minutesBetween(restore.incident.detectedAt, restore.rtoDeadline),
    withinRto: restore.restoredAt <= restore.rtoDeadline,
  };
  const intervalEnds = monthsLater(proof.at, intervalMonths);
  const changes = input.changes.filter((change) => change.changedAt <= now);
  const lapses = lapsesAfter(proof.at, service, runbooks, changes);
  if (intervalEnds <= now) {
    const months = intervalMonths === 1 ? "1 month" : `${intervalMonths} months`;
    lapses.push({ cause: "interval", at: intervalEnds, by: null, words: `Interval of ${months} passed on ${formatDate(intervalEnds)}` });
  }
  lapses.sort((a, b) => a.at.getTime() - b.at.getTime());
  const state: ReadinessState = lapses.length > 0 ? "lapsed" : proof.withinRto ? "proven" : "missed";
  const nextTestDueAt = lapses[0]?.at ?? intervalEnds;
  return { service, state, proof, test, intervalMonths, runbooks, lapses, nextTestDueAt };
}

/** Every service's readiness at `now`, in the order given, with how many are in each state. */
export function assessReadiness(input: ReadinessInput, now: Date) {
  const services = input.services.map((service) => assessService(service, input, now));
  const counts = Object.fromEntries(READINESS_STATES.map((state) => [state, services.filter((entry) => entry.state === state).length])) as Record<ReadinessState, number>;
  return { assessedAt: now, counts, services };
}

export type Readiness = ReturnType<typeof assessReadiness>;
