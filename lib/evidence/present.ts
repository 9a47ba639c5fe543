// What GET /api/evidence, the evidence pack and GET /api/incidents/{id}/verify answer.
import { z } from "zod";
import { actionItemSchema, presentActionItem } from "@/lib/action-items/present";
import type { EvidenceRecords } from "@/lib/evidence/data";
import { GENESIS_HASH } from "@/lib/timeline/chain";
import { packedTimelinesSchema, type ChainVerdict } from "@/lib/evidence/verify";
import { serviceTargetSchema } from "@/lib/reviews/present";
import { IncidentState, Severity } from "@/lib/generated/prisma/enums";
import { instant, instantText } from "@/lib/present";
import { isoDay } from "@/lib/format";

export const chainVerdictSchema = z.discriminatedUnion("intact", [
  z.object({ intact: z.literal(true), events: z.int() }),
  z.object({
    intact: z.literal(false),
    events: z.int(),
    /** The first event the chain fails at; type and occurredAt are null when that event is missing. */
    brokenAt: z.object({ seq: z.int(), type: z.string().nullable(), occurredAt: instantText().nullable() }),
    reason: z.string(),
  }),
]);

export function presentChainVerdict(verdict: ChainVerdict): ChainVerdict {
  return verdict.intact
    ? { intact: true, events: verdict.events }
    : { intact: false, events: verdict.events, brokenAt: { ...verdict.brokenAt }, reason: verdict.reason };
}

const evidenceIncidentSchema = z.object({
  id: z.string(),
  number: z.int(),
  title: z.string(),
  isDrill: z.boolean(),
  /** The recovery test a drill ran, from the plan's schedule; null for a real incident or a drill off the schedule. */
  drill: z.object({ key: z.string(), testType: z.string() }).nullable(),
  scenario: z.string().nullable(),
  severity: z.enum(Severity),
  state: z.enum(IncidentState),
  detectedAt: instant(),
  resolvedAt: instant().nullable(),
  /** Each affected service: recovery time against its RTO, data lost against its RPO. */
  services: z.array(serviceTargetSchema),
  /** The post-incident review (or drill debrief); null before the incident was resolved. */
  review: z
    .object({
      heldAt: instant().nullable(),
      /** The plan's success criteria as scored: met is null while not scored. */
      criteria: z.array(z.object({ key: z.string(), name: z.string(), met: z.boolean().nullable(), note: z.string().nullable() })),
      actionItems: z.array(actionItemSchema),
    })
    .nullable(),
  /** How many events the incident recorded, and whether its timeline still matches its hash chain. */
  lastSeq: z.int(),
  chain: chainVerdictSchema,
});

const periodSchema = z.object({
  /** First and last day of the period (UTC), both included. */
  from: z.iso.date(),
  to: z.iso.date(),
});

export const evidenceLedgerSchema = z.object({
  period: periodSchema,
  generatedAt: instant(),
  /** Real incidents detected in the period, oldest first. */
  incidents: z.array(evidenceIncidentSchema),
  /** Drills run in the period, oldest first. */
  drills: z.array(evidenceIncidentSchema),
  backupVerifications: z.array(
    z.object({
      id: z.string(),
      check: z.object({ key: z.string(), cadence: z.string(), activity: z.string() }),
      /** The backup it checked, where it names one. */
      backup: z.object({ key: z.string(), name: z.string() }).nullable(),
      performedAt: instant(),
      succeeded: z.boolean(),
      /** The restore point a successful run proved; null for a failure or a run recorded without one. */
      restorePointAt: instant().nullable(),
      notes: z.string().nullable(),
      recordedBy: z.string().nullable(),
    }),
  ),
  /** Each plan version in force at some time in the period, oldest first; the first may predate it. */
  planVersions: z.array(
    z.object({
      version: z.string(),
      since: instant(),
      /** The change that made it: null for the version the plan was adopted with. */
      change: z.object({ kind: z.string(), label: z.string(), note: z.string().nullable(), by: z.string() }).nullable(),
    }),
  ),
});

export type EvidenceLedgerView = z.infer<typeof evidenceLedgerSchema>;
export type EvidenceIncidentView = EvidenceLedgerView["incidents"][number];


type RecordedIncident = EvidenceRecords["incidents"][number];

function presentEvidenceIncident(incident: RecordedIncident): EvidenceIncidentView {
  const { review } = incident;
  return {
    id: incident.id,
    number: incident.number,
    title: incident.title,
    isDrill: incident.isDrill,
    drill: incident.drillSchedule && { key: incident.drillSchedule.key, testType: incident.drillSchedule.testType },
    scenario: incident.scenario?.name ?? null,
    severity: incident.severity,
    state: incident.state,
    detectedAt: incident.detectedAt,
    resolvedAt: incident.resolvedAt,
    services: incident.services.map(({ key, name, rtoTargetMinutes, recoveryMinutes, rto, rpoTargetMinutes, dataLossMinutes, rpo }) => ({
      key, name, rtoTargetMinutes, recoveryMinutes, rto, rpoTargetMinutes, dataLossMinutes, rpo,
    })),
    review: review && {
      heldAt: review.heldAt,
      criteria: review.criteria.map(({ criterionKey, criterion, met, note }) => ({ key: criterionKey, name: criterion.name, met, note })),
      actionItems: review.actionItems.map(presentActionItem),
    },
    lastSeq: incident.lastSeq,
    chain: presentChainVerdict(incident.chain),
  };
}

export function presentEvidenceLedger(records: EvidenceRecords): EvidenceLedgerView {
  const incidents = records.incidents.map(presentEvidenceIncident);
  return {
    period: { from: isoDay(records.period.from), to: isoDay(records.period.to) },
    generatedAt: records.generatedAt,
    incidents: incidents.filter((incident) => !incident.isDrill),
    drills: incidents.filter((incident) => incident.isDrill),
    backupVerifications: records.verifications.map(({ id, schedule, backupPolicy, performedAt, succeeded, restorePointAt, notes, recordedBy }) => ({
      id,
      check: { key: schedule.key, cadence: schedule.cadence, activity: schedule.activity },
      backup: backupPolicy && { key: backupPolicy.key, name: backupPolicy.name },
      performedAt,
      succeeded,
      restorePointAt,
      notes,
      recordedBy: recordedBy?.name ?? null,
    })),
    planVersions: records.planVersions.map(({ version, since, change }) => ({ version, since, change: change && { ...change } })),
  };
}

/** A timeline event as the pack carries it: the content its hash covers, and the hash. */
const packEventSchema = z.object({
  seq: z.int().min(1),
  type: z.string(),
  actorId: z.string().nullable(),
  occurredAt: instantText(),
  data: z.unknown(),
  hash: z.string(),
});

const packIncidentSchema = evidenceIncidentSchema.extend({ events: z.array(packEventSchema) });

export const EVIDENCE_PACK_FORMAT = packedTimelinesSchema.shape.format.value;

/** How a reader recomputes each hash, written into every pack. */
export const HASH_CHAIN_RULE =
  "Each event's hash is the SHA-256 (lowercase hex) of the UTF-8 text of a JSON object with the keys actorId, data, " +
  "incidentId, occurredAt, previousHash, seq and type: the keys of every object sorted, no spaces, occurredAt as " +
  "ISO 8601 UTC with milliseconds (as exported), previousHash the hash of the incident's event seq - 1, or 64 zeros " +
  "for seq 1. An intact timeline numbers its events 1 to lastSeq with no gap, each matching its hash.";

/** One file: the Markdown report and the JSON records it was written from. */
export const evidencePackSchema = z.object({
  format: z.literal(EVIDENCE_PACK_FORMAT),
  formatVersion: z.literal(1),
  generatedAt: instant(),
  period: periodSchema,
  hashChain: z.object({ algorithm: z.literal("SHA-256"), genesis: z.string(), rule: z.string() }),
  /** The report, as Markdown. */
  report: z.string(),
  records: z.object({
    incidents: z.array(packIncidentSchema),
    drills: z.array(packIncidentSchema),
    backupVerifications: evidenceLedgerSchema.shape.backupVerifications,
    planVersions: evidenceLedgerSchema.shape.planVersions,
  }),
});

export type EvidencePackView = z.infer<typeof evidencePackSchema>;

export function presentEvidencePack(records: EvidenceRecords, ledger: EvidenceLedgerView, report: string): EvidencePackView {
  const eventsById = new Map(records.incidents.map((incident) => [incident.id, incident.events]));
  const withEvents = (incident: EvidenceIncidentView) => ({
    ...incident,
    events: (eventsById.get(incident.id) ?? []).map(({ seq, type, actorId, occurredAt, data, hash }) => ({ seq, type, actorId, occurredAt, data, hash })),
  });
  return {
    format: EVIDENCE_PACK_FORMAT,
    formatVersion: 1,
    generatedAt: ledger.generatedAt,
    period: ledger.period,
    hashChain: { algorithm: "SHA-256", genesis: GENESIS_HASH, rule: HASH_CHAIN_RULE },
    report,
    records: {
      incidents: ledger.incidents.map(withEvents),
      drills: ledger.drills.map(withEvents),
      backupVerifications: ledger.backupVerifications,
      planVersions: ledger.planVersions,
    },
  };
}
