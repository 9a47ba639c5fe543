// What GET /api/status-board answers: active incidents at a glance, every service's health with
// its reasons, recent outcomes against their RTO, and reviews past their due time.
import { createHash } from "node:crypto";
import { z } from "zod";
import { Audience, IncidentState, ServiceImpact, Severity } from "@/lib/generated/prisma/enums";
import { incidentObligationListSchema } from "@/lib/obligations/present";
import { instant } from "@/lib/present";
import type { StatusBoard } from "@/lib/status-board/data";

const incidentRef = z.object({ id: z.string(), number: z.int(), title: z.string() });
type IncidentRef = z.infer<typeof incidentRef>;
const impact = z.enum(ServiceImpact);

const boardIncident = z.object({
  id: z.string(),
  number: z.int(),
  title: z.string(),
  severity: z.enum(Severity),
  state: z.enum(IncidentState),
  isDrill: z.boolean(),
  detectedAt: instant(),
  escalationPausedAt: instant().nullable(),
  services: z.array(
    z.object({ key: z.string(), name: z.string(), impact, rtoDeadline: instant(), breachedAt: instant().nullable(), restoredAt: instant().nullable() }),
  ),
  checklist: z.object({ total: z.int(), done: z.int() }),
  /** The reporting obligations it is classified under, each deadline with its due time and report. */
  obligations: incidentObligationListSchema,
  /** The highest escalation level that fired. */
  escalation: z.object({ name: z.string(), firedAt: instant() }).nullable(),
  latestUpdate: z
    .object({ audience: z.enum(Audience), subject: z.string().nullable(), body: z.string(), postedAt: instant(), author: z.string() })
    .nullable(),
});

export const statusBoardSchema = z.object({
  /** Changes whenever anything on the board does; a change pushed live names the version it applies to. */
  version: z.string(),
  generatedAt: instant(),
  /** Real incidents being worked, worst first. */
  active: z.array(boardIncident),
  /** Drills being worked: apart from, and below, every real incident. */
  drills: z.array(boardIncident),
  health: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      health: z.enum(["operational", ...Object.values(ServiceImpact)]),
      reasons: z.array(
        z.discriminatedUnion("kind", [
          z.object({ kind: z.literal("direct"), impact, incident: incidentRef }),
          /** `cause` is hit with `impact`; `path` names the services in between, nearest first. */
          z.object({ kind: z.literal("dependency"), cause: z.string(), impact, path: z.array(z.string()), incident: incidentRef }),
        ]),
      ),
    }),
  ),
  resolved: z.array(
    z.object({
      id: z.string(),
      number: z.int(),
      title: z.string(),
      severity: z.enum(Severity),
      isDrill: z.boolean(),
      detectedAt: instant(),
      resolvedAt: instant(),
      services: z.array(
        z.object({
          key: z.string(),
          name: z.string(),
          rtoMinutes: z.int(),
          recoveryMinutes: z.int().nullable(),
          rpoTargetMinutes: z.int(),
          /** The measured data-loss window; null until it was recorded. */
          dataLossMinutes: z.int().nullable(),
        }),
      ),
    }),
  ),
  overdueReviews: z.array(
    z.object({
      id: z.string(),
      incidentId: z.string(),
      dueAt: instant(),
      incident: z.object({ number: z.int(), title: z.string(), severity: z.enum(Severity), isDrill: z.boolean(), resolvedAt: instant().nullable() }),
    }),
  ),
});
export type StatusBoardAnswer = z.infer<typeof statusBoardSchema>;

const presentIncidentRef = ({ id, number, title }: IncidentRef): IncidentRef => ({ id, number, title });

type BoardIncident = StatusBoard["active"][number];

function presentBoardIncident(incident: BoardIncident): z.infer<typeof boardIncident> {
  return {
    id: incident.id,
    number: incident.number,
    title: incident.title,
    severity: incident.severity,
    state: incident.state,
    isDrill: incident.isDrill,
    detectedAt: incident.detectedAt,
    escalationPausedAt: incident.escalationPausedAt,
    services: incident.services.map(({ key, name, impact, rtoDeadline, breachedAt, restoredAt }) => ({ key, name, impact, rtoDeadline, breachedAt, restoredAt })),
    checklist: { total: incident.checklist.total, done: incident.checklist.done },
    obligations: incident.obligations,
    escalation: incident.escalation && { name: incident.escalation.name, firedAt: incident.escalation.firedAt },
    latestUpdate: incident.latestUpdate && {
      audience: incident.latestUpdate.audience,
      subject: incident.latestUpdate.subject,
      body: incident.latestUpdate.body,
      postedAt: incident.latestUpdate.postedAt,
      author: incident.latestUpdate.author,
    },
  };
}

export function presentStatusBoard({ generatedAt, ...board }: StatusBoard): StatusBoardAnswer {
  const content = presentBoardContent(board);
  // From the content alone, so every node that reads the same database names the same version.
  const version = createHash("sha256").update(JSON.stringify(content)).digest("base64url").slice(0, 16);
  return { version, generatedAt, ...content };
}

function presentBoardContent({ active, drills, health, resolved, overdueReviews }: Omit<StatusBoard, "generatedAt">) {
  return {
    active: active.map(presentBoardIncident),
    drills: drills.map(presentBoardIncident),
    health: health.map(({ key, name, health: state, reasons }) => ({
      key,
      name,
      health: state,
      reasons: reasons.map((reason) =>
        reason.kind === "direct"
          ? { kind: reason.kind, impact: reason.impact, incident: presentIncidentRef(reason.incident) }
          : { kind: reason.kind, cause: reason.cause, impact: reason.impact, path: reason.path, incident: presentIncidentRef(reason.incident) },
      ),
    })),
    resolved: resolved.map((incident) => ({
      id: incident.id,
      number: incident.number,
      title: incident.title,
      severity: incident.severity,
      isDrill: incident.isDrill,
      detectedAt: incident.detectedAt,
      resolvedAt: incident.resolvedAt,
      services: incident.services.map(({ key, name, rtoMinutes, recoveryMinutes, rpoTargetMinutes, dataLossMinutes }) => ({
        key,
        name,
        rtoMinutes,
        recoveryMinutes,
        rpoTargetMinutes,
        dataLossMinutes,
      })),
    })),
    overdueReviews: overdueReviews.map(({ id, incidentId, dueAt, incident }) => ({
      id,
      incidentId,
      dueAt,
      incident: { number: incident.number, title: incident.title, severity: incident.severity, isDrill: incident.isDrill, resolvedAt: incident.resolvedAt },
    })),
  };
}
