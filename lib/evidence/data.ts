import "server-only";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { evidencePeriodSchema } from "@/lib/evidence/schema";
import { verifyChain, type ChainedEvent } from "@/lib/evidence/verify";
import { DAY_MS } from "@/lib/format";
import { ACTION_ITEM_FIELDS } from "@/lib/action-items/data";
import { incidentNotFound } from "@/lib/incidents/data";
import { planVersionsInForce } from "@/lib/plan/versions";
import { serviceOutcome } from "@/lib/reviews/outcomes";
import { requireSignedIn, type SignedInUser } from "@/lib/users/data";
import { parseInput } from "@/lib/validation";

const CHAINED_FIELDS = { incidentId: true, seq: true, type: true, actorId: true, occurredAt: true, data: true, hash: true } as const;

type ChainedRow = { incidentId: string; seq: number; type: string; actorId: string | null; occurredAt: Date; data: unknown; hash: string };

function chained(row: ChainedRow): ChainedEvent {
  return { ...row, occurredAt: row.occurredAt.toISOString() };
}

/** Whether the incident's timeline still matches its hash chain. Every signed-in role reads every incident. */
export async function verifyIncidentChain(caller: SignedInUser, incidentId: string) {
  requireSignedIn(caller);
  const incident = await db().incident.findUnique({
    where: { id: incidentId },
    select: { lastSeq: true, events: { orderBy: { seq: "asc" }, select: CHAINED_FIELDS } },
  });
  if (!incident) throw incidentNotFound(incidentId);
  return verifyChain(incident.events.map(chained), incident.lastSeq);
}

/** The last twelve months up to today, when the caller names no period. */
const DEFAULT_PERIOD_MONTHS = 12;
// An audit looks back a year (DORA Art. 11 asks for yearly tests); three years keeps a pack, which
// carries every timeline event of the period, within what a reader can open.
const MAX_PERIOD_MONTHS = 36;

export type EvidencePeriod = { from: Date; to: Date; end: Date };

/** The period asked for: whole UTC days from `from` to `to`, both included. */
export function evidencePeriod(input: unknown, now: Date): EvidencePeriod {
  const query = parseInput(evidencePeriodSchema, input);
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const to = query.to ?? today;
  const from = query.from ?? new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth() - DEFAULT_PERIOD_MONTHS, to.getUTCDate() + 1));
  if (from > to) throw new DomainError("invalid", "The period must start on or before its last day.", "from");
  if (from < new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth() - MAX_PERIOD_MONTHS, to.getUTCDate() + 1))) {
    throw new DomainError("invalid", "A period may span at most three years: choose a later first day.", "from");
  }
  return { from, to, end: new Date(to.getTime() + DAY_MS) };
}

/**
 * Everything the evidence ledger and pack hold for a period: each incident and drill detected in it
 * with its services against their objectives, its review's criteria and action items, its timeline
 * with hashes and the chain's verdict; the backup verifications performed in it; the plan versions
 * in force. Every signed-in role reads it, as every role reads every incident: management and
 * auditors sign in as viewers.
 */
export async function evidenceRecords(caller: SignedInUser, input: unknown, now = new Date()) {
  requireSignedIn(caller);
  const period = evidencePeriod(input, now);
  const within = { gte: period.from, lt: period.end };
  const [incidents, verifications, planVersions] = await Promise.all([
    db().incident.findMany({
      where: { detectedAt: within },
      orderBy: [{ detectedAt: "asc" }, { number: "asc" }],
      include: {
        scenario: { select: { name: true } },
        drillSchedule: { select: { key: true, testType: true } },
        services: { include: { service: { select: { key: true, name: true } } }, orderBy: [{ rtoDeadline: "asc" }, { service: { position: "asc" } }] },
        review: {
          include: {
            criteria: { orderBy: { criterion: { position: "asc" } }, include: { criterion: { select: { name: true } } } },
            actionItems: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: ACTION_ITEM_FIELDS },
          },
        },
        events: { orderBy: { seq: "asc" }, select: CHAINED_FIELDS },
      },
    }),
    db().backupVerification.findMany({
      where: { performedAt: within },
      orderBy: [{ performedAt: "asc" }, { id: "asc" }],
      include: {
        schedule: { select: { key: true, cadence: true, activity: true } },
        backupPolicy: { select: { key: true, name: true } },
        recordedBy: { select: { name: true } },
      },
    }),
    planVersionsInForce(caller, period.from, period.end),
  ]);
  return {
    period,
    generatedAt: now,
    incidents: incidents.map(({ services, events, ...incident }) => {
      const timeline = events.map(chained);
      return {
        ...incident,
        services: services.map((row) => serviceOutcome({ ...row, key: row.service.key, name: row.service.name }, incident.detectedAt)),
        events: timeline,
        chain: verifyChain(timeline, incident.lastSeq),
      };
    }),
    verifications,
    planVersions,
  };
}

export type EvidenceRecords = Awaited<ReturnType<typeof evidenceRecords>>;
