// Reporting obligations: kept in the plan by its admins (each change a plan version), and applied to
// an incident by its commander, whose reports are recorded against the deadlines on its timeline.
import "server-only";
import { DomainError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ObligationClockStart } from "@/lib/generated/prisma/enums";
import { canCommandIncident } from "@/lib/incidents/ability";
import { guardIncident, requireUnfinished } from "@/lib/incidents/data";
import { isSettled } from "@/lib/incidents/state-machine";
import { MINUTE_MS } from "@/lib/format";
import { deadlineState, scheduleDeadlines } from "@/lib/obligations/deadlines";
import { OBLIGATION_PRESETS } from "@/lib/obligations/presets";
import { presentIncidentObligation, presentReportingObligation, storedDeadlines, type IncidentObligationAnswer } from "@/lib/obligations/present";
import { addPresetSchema, classifyIncidentSchema, createObligationSchema, recordReportSchema, changeObligationSchema, type DeadlineInput } from "@/lib/obligations/schema";
import type { DeadlineRule } from "@/lib/obligations/types";
import { requirePlanAdmin } from "@/lib/plan/ability";
import { inPlanTransaction, recordPlanChange } from "@/lib/plan/changes";
import { editPlanItem } from "@/lib/plan/edit-item";
import { keyFromName } from "@/lib/plan/keys";
import { appendEvent, writeIncident, type Tx } from "@/lib/timeline/mutations";
import type { SignedInUser } from "@/lib/users/data";
import { parseId, parseInput } from "@/lib/validation";
import { db } from "@/lib/db";

/** A report said to be made a little ahead of the server's clock is a clock out of step, not the future. */
const CLOCK_SKEW_MS = MINUTE_MS;

const obligationMissing = (key: string) => `No reporting obligation of the plan has the key "${key}".`;

/** Deadlines with their keys: the given one, or one made from the name. */
function withKeys(deadlines: readonly DeadlineInput[]): DeadlineRule[] {
  const taken = new Set(deadlines.flatMap((deadline) => (deadline.key ? [deadline.key] : [])));
  return deadlines.map((deadline) => {
    const key = deadline.key ?? keyFromName(deadline.name, taken);
    taken.add(key);
    return { key, name: deadline.name, within: deadline.within, from: deadline.from, atMostAfterDetection: deadline.atMostAfterDetection ?? null };
  });
}

const recorded = (obligation: { name: string; clockStart: ObligationClockStart; deadlines: DeadlineRule[] }) => ({
  name: obligation.name,
  clockStart: obligation.clockStart,
  deadlines: obligation.deadlines as unknown as Prisma.InputJsonValue,
});

/** What a new obligation holds: a preset's (`{ preset: "dora" }`) or the admin's own. */
function newObligation(input: unknown) {
  if (input && typeof input === "object" && "preset" in input) {
    const { key, ...preset } = OBLIGATION_PRESETS[parseInput(addPresetSchema, input).preset];
    return { givenKey: key, ...preset };
  }
  const { key, deadlines, ...fields } = parseInput(createObligationSchema, input);
  return { givenKey: key, ...fields, deadlines: withKeys(deadlines) };
}

/** Adds a reporting obligation at the end of the plan's (plan admins), from a preset or written by hand. */
export async function addReportingObligation(user: SignedInUser, input: unknown) {
  requirePlanAdmin(user);
  const { givenKey, ...obligation } = newObligation(input);
  return inPlanTransaction(async (tx) => {
    const existing = await tx.reportingObligation.findMany({ select: { key: true, name: true } });
    const same = givenKey && existing.find((candidate) => candidate.key === givenKey);
    if (same) throw new DomainError("conflict", `The plan already holds the reporting obligation “${same.name}” (key "${givenKey}").`, "key");
    const key = givenKey ?? keyFromName(obligation.name, new Set(existing.map((candidate) => candidate.key)));
    const values = recorded(obligation);
    const row = await tx.reportingObligation.create({ data: { key, ...values, position: existing.length + 1 } });
    await recordPlanChange(tx, user, { kind: "reporting-obligation", key, label: obligation.name, before: {}, after: values });
    return presentReportingObligation(row);
  });
}

/** Changes an obligation's name, clock start or deadlines (plan admins). Incidents already classified keep theirs. */
export async function updateReportingObligation(user: SignedInUser, obligationKey: string, input: unknown) {
  requirePlanAdmin(user);
  const key = parseId(obligationKey, "key", "a reporting obligation's key");
  const { deadlines, ...fields } = parseInput(changeObligationSchema, input);
  const changes = { ...fields, ...(deadlines ? { deadlines: withKeys(deadlines) as unknown as Prisma.InputJsonValue } : {}) };
  await editPlanItem(user, changes, {
    kind: "reporting-obligation",
    key,
    missing: obligationMissing(obligationKey),
    find: (tx) => tx.reportingObligation.findUnique({ where: { key } }),
    values: (row) => recorded({ name: row.name, clockStart: row.clockStart, deadlines: storedDeadlines(row.deadlines) }),
    label: (after) => String(after.name),
    write: (tx, _row, changed) => tx.reportingObligation.update({ where: { key }, data: changed as Prisma.ReportingObligationUpdateInput }),
  });
  return presentReportingObligation(await db().reportingObligation.findUniqueOrThrow({ where: { key } }));
}

/** Removes an obligation from the plan (plan admins); incidents classified under it keep their deadlines and reports. */
export async function removeReportingObligation(user: SignedInUser, obligationKey: string) {
  requirePlanAdmin(user);
  const key = parseId(obligationKey, "key", "a reporting obligation's key");
  await inPlanTransaction(async (tx) => {
    const rows = await tx.reportingObligation.findMany({ orderBy: { position: "asc" } });
    const row = rows.find((candidate) => candidate.key === key);
    if (!row) throw new DomainError("not_found", obligationMissing(obligationKey));
    await tx.reportingObligation.delete({ where: { key } });
    const rest = rows.filter((candidate) => candidate.key !== key);
    for (const [index, other] of rest.entries()) await tx.reportingObligation.update({ where: { key: other.key }, data: { position: index + 1 } });
    await recordPlanChange(tx, user, { kind: "reporting-obligation", key, label: row.name, before: recorded({ ...row, deadlines: storedDeadlines(row.deadlines) }), after: {} });
  });
}

const COMMAND_REFUSED = "Only the incident commander or an admin can classify the incident and record its reports.";

async function incidentObligation(tx: Tx, incidentId: string, obligationKey: string) {
  const row = await tx.incidentObligation.findUnique({
    where: { incidentId_obligationKey: { incidentId, obligationKey } },
    include: { reports: true, incident: { select: { detectedAt: true } } },
  });
  if (!row) throw new DomainError("not_found", `This incident is not classified under a reporting obligation with the key "${obligationKey}".`);
  return row;
}

/**
 * Classifies an incident under one of the plan's obligations (its commander): the obligation's
 * deadlines are copied onto the incident and its clock starts now, or at detection. A drill may be
 * classified for practice; it stays a drill.
 */
export async function classifyIncident(user: SignedInUser, incidentId: string, input: unknown, now = new Date()): Promise<IncidentObligationAnswer> {
  return writeIncident(async (tx) => {
    await guardIncident(tx, incidentId, user, canCommandIncident, COMMAND_REFUSED);
    await requireUnfinished(tx, incidentId, "classification under a reporting obligation", (state) => !isSettled(state));
    const { obligationKey } = parseInput(classifyIncidentSchema, input);
    const obligation = await tx.reportingObligation.findUnique({ where: { key: obligationKey } });
    if (!obligation) throw new DomainError("invalid", obligationMissing(obligationKey), "obligationKey");
    const { detectedAt } = await tx.incident.findUniqueOrThrow({ where: { id: incidentId }, select: { detectedAt: true } });
    const taken = await tx.incidentObligation.findUnique({ where: { incidentId_obligationKey: { incidentId, obligationKey } } });
    if (taken) throw new DomainError("conflict", `The incident is already classified under “${taken.name}”.`, "obligationKey");
    const clockStartedAt = obligation.clockStart === "detection" ? detectedAt : now;
    const row = await tx.incidentObligation.create({
      data: {
        incidentId,
        obligationKey,
        name: obligation.name,
        clockStart: obligation.clockStart,
        deadlines: obligation.deadlines as Prisma.InputJsonValue,
        classifiedAt: now,
        clockStartedAt,
      },
      include: { reports: true },
    });
    const result = presentIncidentObligation(row, detectedAt);
    const event = await appendEvent(tx, incidentId, {
      type: "obligation.classified",
      actor: user,
      occurredAt: now,
      data: {
        obligation: { key: obligationKey, name: obligation.name },
        clockStartedAt: clockStartedAt.toISOString(),
        deadlines: result.deadlines.map(({ key, name, dueAt }) => ({ key, name, dueAt: dueAt?.toISOString() ?? null })),
      },
    });
    return { result, events: [event] };
  });
}

/**
 * Records a report made under an incident's obligation (its commander): the deadline is done, and
 * the next one, when it counts from this report, starts. A report made earlier than now says when.
 */
export async function recordReport(user: SignedInUser, incidentId: string, obligationKey: string, input: unknown, now = new Date()): Promise<IncidentObligationAnswer> {
  const key = parseId(obligationKey, "obligationKey", "a reporting obligation's key");
  return writeIncident(async (tx) => {
    await guardIncident(tx, incidentId, user, canCommandIncident, COMMAND_REFUSED);
    // Reports go on after resolution (a final report is due a month on): only the row's lock is wanted.
    await requireUnfinished(tx, incidentId, "reports", () => true);
    const { deadline: deadlineKey, reference, at } = parseInput(recordReportSchema, input);
    const row = await incidentObligation(tx, incidentId, key);
    const { detectedAt } = row.incident;
    const reportedAt = at ?? now;
    if (reportedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) throw new DomainError("invalid", "at must not be in the future.", "at");
    if (reportedAt < detectedAt) throw new DomainError("invalid", "at must not be before the incident was detected.", "at");
    const schedule = scheduleDeadlines({ detectedAt, clockStartedAt: row.clockStartedAt }, storedDeadlines(row.deadlines), row.reports);
    const deadline = schedule.find((candidate) => candidate.key === deadlineKey);
    if (!deadline) {
      const known = schedule.map((candidate) => candidate.key).join(", ");
      throw new DomainError("invalid", `deadline must be one of this obligation's deadlines: ${known}.`, "deadline");
    }
    if (deadline.report) throw new DomainError("conflict", `The ${deadline.name.toLowerCase()} is already recorded.`, "deadline");
    if (deadline.waitingFor) throw new DomainError("conflict", `Record the ${deadline.waitingFor.name.toLowerCase()} first: the ${deadline.name.toLowerCase()} counts from it.`, "deadline");
    const previous = schedule[schedule.indexOf(deadline) - 1];
    if (deadline.from === "previous_report" && previous?.report && reportedAt < previous.report.reportedAt) {
      throw new DomainError("invalid", `at must not be before the ${previous.name.toLowerCase()} was made.`, "at");
    }
    await tx.obligationReport.create({ data: { obligationId: row.id, deadlineKey, reference: reference ?? null, reportedAt, recordedAt: now } });
    const late = deadlineState({ dueAt: deadline.dueAt!.getTime(), reportedAt: reportedAt.getTime() }, now.getTime()) === "late";
    const event = await appendEvent(tx, incidentId, {
      type: "obligation.report_recorded",
      actor: user,
      occurredAt: now,
      data: {
        obligation: { key, name: row.name },
        deadline: { key: deadlineKey, name: deadline.name },
        reportedAt: reportedAt.toISOString(),
        reference: reference ?? null,
        late,
      },
    });
    const updated = await incidentObligation(tx, incidentId, key);
    return { result: presentIncidentObligation(updated, detectedAt), events: [event] };
  });
}
