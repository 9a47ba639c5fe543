// The timeline's event catalogue: every event type Muster writes, and the one schema its data
// follows. appendEvent checks each write against it; reads parse stored rows with it, so whoever
// reads an event knows its data from its type.
import { z } from "zod";
import {
  ActionItemPriority,
  ActionItemStatus,
  Audience,
  IncidentRole,
  IncidentState,
  ServiceImpact,
  Severity,
} from "@/lib/generated/prisma/enums";

/** Times travel as ISO 8601 strings in UTC, as `Date.toISOString` writes them. */
const time = z.iso.datetime();
const minutes = z.int().min(0);
const count = z.int().min(0);
const personShape = { id: z.string(), name: z.string() };
/** A user, or a review's attendee: who, as the event names them. */
const person = z.strictObject(personShape);
/** Who holds an incident role: a Muster user, or a plan contact who has no account. */
const roleHolderShape = { ...personShape, kind: z.enum(["user", "contact"]) };
const roleHolder = z.strictObject(roleHolderShape);
/** A service, a scenario or a success criterion: its key and its name at the time. */
const named = z.strictObject({ key: z.string(), name: z.string() });
const pin = z.strictObject({ seq: z.int().min(1) });
const escalationReason = z.strictObject({ reason: z.string() });
const attendee = z.strictObject({ attendee: person });
/** An action item's fields as the timeline keeps them: a due date as its day. */
const actionItemFields = {
  title: z.string(),
  ownerName: z.string(),
  dueDate: z.iso.date().nullable(),
  priority: z.enum(ActionItemPriority),
  status: z.enum(ActionItemStatus),
};

export const EVENT_PAYLOADS = {
  "incident.declared": z.strictObject({
    number: z.int().min(1),
    title: z.string(),
    severity: z.enum(Severity),
    scenario: named.nullable(),
    services: z.array(named.extend({ impact: z.enum(ServiceImpact) })),
    detectedAt: time,
    impactStartedAt: time.nullable(),
    isDrill: z.boolean(),
  }),
  /** Follows the declaration of a drill started from the recovery testing schedule: which test it runs. */
  "drill.started": z.strictObject({ drill: named, notifiesExternal: z.boolean() }),
  "incident.transitioned": z.strictObject({ from: z.enum(IncidentState), to: z.enum(IncidentState) }),
  "incident.severity_changed": z.strictObject({ from: z.enum(Severity), to: z.enum(Severity) }),
  /** The details one edit changed, each from what it was to what it became; others are not named. */
  "incident.details_edited": z.strictObject({
    changes: z
      .strictObject({
        title: z.strictObject({ from: z.string(), to: z.string() }),
        summary: z.strictObject({ from: z.string().nullable(), to: z.string().nullable() }),
        detectedAt: z.strictObject({ from: time, to: time }),
        impactStartedAt: z.strictObject({ from: time.nullable(), to: time.nullable() }),
        bridgeUrl: z.strictObject({ from: z.string().nullable(), to: z.string().nullable() }),
      })
      .partial(),
    /** A new detection time moves every RTO deadline and every level not yet fired by this much. */
    deadlinesMovedMinutes: z.int().nullable(),
  }),
  /** Terminal: the incident should never have been declared; `from` is the state it left. */
  "incident.declared_in_error": z.strictObject({ from: z.enum(IncidentState), reason: z.string() }),
  /** `previous` held a single-holder role until it was handed over. */
  "role.assigned": z.strictObject({ role: z.enum(IncidentRole), holder: roleHolder, previous: roleHolder.nullable() }),
  /** The role ended without a successor; the commander's role is handed over, never removed. */
  "role.removed": z.strictObject({ role: z.enum(IncidentRole), holder: roleHolder }),
  "checklist.item_updated": z.strictObject({ itemId: z.string(), title: z.string(), done: z.boolean(), version: z.int().min(1) }),
  "service.restored": z.strictObject({
    service: named,
    recoveryMinutes: minutes,
    withinRto: z.boolean(),
    dataLossMinutes: minutes.nullable(),
    rpoTargetMinutes: minutes,
  }),
  "service.rto_breached": z.strictObject({ service: named, rtoDeadline: time }),
  /** A service found affected after declaration, with the deadlines declaring it would have given. */
  "service.added": z.strictObject({ service: named, impact: z.enum(ServiceImpact), rtoDeadline: time, rpoTargetMinutes: minutes }),
  "service.removed": z.strictObject({ service: named, impact: z.enum(ServiceImpact) }),
  "service.impact_changed": z.strictObject({ service: named, from: z.enum(ServiceImpact), to: z.enum(ServiceImpact) }),
  /** The restore was a mistake: the service is down again, and what its restore recorded is cleared. */
  "service.restore_undone": z.strictObject({
    service: named,
    restoredAt: time,
    recoveryMinutes: minutes.nullable(),
    dataLossMinutes: minutes.nullable(),
  }),
  "note.added": z.strictObject({ body: z.string(), clientKey: z.uuid().optional() }),
  "event.pinned": pin,
  "event.unpinned": pin,
  "status_update.posted": z.strictObject({
    statusUpdateId: z.string(),
    audience: z.enum(Audience),
    subject: z.string().nullable(),
    body: z.string(),
    nextUpdateDueAt: time.nullable(),
  }),
  "status_update.reminder": z.strictObject({ dueAt: time }),
  /** The level and its contacts as they were when it fired: whom the commander should call. */
  "escalation.fired": z.strictObject({
    escalationId: z.string(),
    level: z.strictObject({ key: z.string(), name: z.string(), audience: z.string(), afterMinutes: minutes }),
    contacts: z.array(z.strictObject({ id: z.string(), name: z.string(), role: z.string(), phone: z.string(), email: z.string() })),
    dueAt: time,
    lateByMs: z.int().min(0),
    manual: z.boolean(),
  }),
  /** Follows the level's escalation.fired event; `level` is the level's name. */
  "escalation.manual": z.strictObject({ reason: z.string(), level: z.string() }),
  "escalation.paused": escalationReason,
  "escalation.resumed": escalationReason,
  "escalation.acknowledged": z.strictObject({ escalationId: z.string(), level: z.string(), via: z.enum(["app", "email"]) }),
  /** `attendees` are the names of the people invited. */
  "review.created": z.strictObject({ dueAt: time, attendees: z.array(z.string()) }),
  /** What changed, to its new value; fields left as they were are not named. */
  "review.updated": z.strictObject({
    changes: z
      .strictObject({
        heldAt: time.nullable(),
        wentWell: z.string().nullable(),
        couldImprove: z.string().nullable(),
        documentationUpdates: z.string().nullable(),
        downtimeMinutes: minutes.nullable(),
        usersAffected: count.nullable(),
        estimatedCost: z.number().min(0).nullable(),
      })
      .partial(),
  }),
  "review.criterion_scored": z.strictObject({ criterion: named, met: z.boolean().nullable(), note: z.string().nullable() }),
  /** The commander's confirmation; `suggestedMet` is what the figures suggested (null: nothing). */
  "review.criterion_confirmed": z.strictObject({
    criterion: named,
    met: z.boolean(),
    suggestedMet: z.boolean().nullable(),
    note: z.string().nullable(),
  }),
  "review.finding_added": z.strictObject({ finding: z.strictObject({ id: z.string(), text: z.string() }) }),
  "review.finding_removed": z.strictObject({ finding: z.strictObject({ id: z.string(), text: z.string() }) }),
  "review.data_loss_recorded": z.strictObject({
    service: named,
    dataLossMinutes: minutes,
    previous: minutes.nullable(),
    rpoTargetMinutes: minutes,
  }),
  "review.impact_start_recorded": z.strictObject({ impactStartedAt: time.nullable(), previous: time.nullable() }),
  "review.attendee_added": attendee,
  "review.attendee_removed": attendee,
  "action_item.created": z.strictObject({
    actionItem: z.strictObject({
      id: z.string(),
      title: actionItemFields.title,
      ownerName: actionItemFields.ownerName,
      dueDate: actionItemFields.dueDate.optional(),
      priority: actionItemFields.priority,
    }),
  }),
  /** `changes` holds the fields the change named, to their new values. */
  "action_item.updated": z.strictObject({
    actionItem: z.strictObject({ id: z.string(), title: z.string() }),
    changes: z.strictObject(actionItemFields).partial(),
  }),
  /** The obligation's deadlines as they stood at classification; `dueAt` is null for one counted from a report not yet made. */
  "obligation.classified": z.strictObject({
    obligation: named,
    clockStartedAt: time,
    deadlines: z.array(z.strictObject({ key: z.string(), name: z.string(), dueAt: time.nullable() })),
  }),
  /** `reportedAt` is when the report was made, which may be before it was recorded. */
  "obligation.report_recorded": z.strictObject({
    obligation: named,
    deadline: named,
    reportedAt: time,
    reference: z.string().nullable(),
    late: z.boolean(),
  }),
};

export type IncidentEventType = keyof typeof EVENT_PAYLOADS;
export type EventPayload<Type extends IncidentEventType> = z.output<(typeof EVENT_PAYLOADS)[Type]>;

/** An event's type with its data, one member per type: `data` follows from `type`. */
export type EventContent<Type extends IncidentEventType = IncidentEventType> = Type extends IncidentEventType
  ? { type: Type; data: EventPayload<Type> }
  : never;

export const EVENT_TYPES = Object.keys(EVENT_PAYLOADS) as IncidentEventType[];

const isEventType = (type: string): type is IncidentEventType => Object.hasOwn(EVENT_PAYLOADS, type);

// Role holders were users alone before plan contacts could hold a role.
const storedRoleHolder = z.object({ ...roleHolderShape, kind: roleHolderShape.kind.default("user") });

/**
 * How stored rows are read: as written today, with what earlier versions of Muster wrote made to
 * fit. Declarations from before the impact start was asked for, and status updates from before
 * they had a subject, lack those fields; role events named more of a person than their id and
 * name (which is left out, as it would be today).
 */
const STORED_PAYLOADS: { [Type in IncidentEventType]: z.ZodType<EventPayload<Type>> } = {
  ...EVENT_PAYLOADS,
  "incident.declared": EVENT_PAYLOADS["incident.declared"].extend({ impactStartedAt: time.nullable().default(null) }),
  "status_update.posted": EVENT_PAYLOADS["status_update.posted"].extend({ subject: z.string().nullable().default(null) }),
  "role.assigned": EVENT_PAYLOADS["role.assigned"].extend({ holder: storedRoleHolder, previous: storedRoleHolder.nullable() }),
};

/**
 * A write that does not follow its type's schema: a fault in Muster's code, never in what a user
 * sent (their input is checked before), so it is not answered as a 400.
 */
export class InvalidEventPayload extends Error {
  constructor(
    readonly type: string,
    readonly field: string,
    problem: string,
  ) {
    super(`A "${type}" event cannot be written: ${field} ${problem}.`);
    this.name = "InvalidEventPayload";
  }
}

/** The first fault zod found, as the field (`data.level.name`) and what is wrong with it. */
function firstProblem(error: z.ZodError): { field: string; problem: string } {
  const [issue] = error.issues;
  const path = issue.code === "unrecognized_keys" ? [...issue.path, issue.keys[0]] : issue.path;
  const problem = issue.code === "unrecognized_keys" ? "is not a field of this event" : issue.message.replace(/^Invalid input: /, "");
  return { field: ["data", ...path].join("."), problem };
}

/** Throws InvalidEventPayload unless `data` follows the schema of `type`, exactly. */
export function checkEventContent({ type, data }: { type: string; data: unknown }): void {
  if (!isEventType(type)) throw new InvalidEventPayload(type, "type", "is not an event type of the catalogue");
  const result = EVENT_PAYLOADS[type].safeParse(data);
  if (result.success) return;
  const { field, problem } = firstProblem(result.error);
  throw new InvalidEventPayload(type, field, problem);
}

/**
 * A stored event's type and data. A row that does not parse (none should) is still shown as it
 * was stored, with a warning: the timeline is the incident's record and must not lose an entry.
 */
export function storedEventContent(row: { incidentId: string; seq: number; type: string; data: unknown }): EventContent {
  const result = isEventType(row.type) ? STORED_PAYLOADS[row.type].safeParse(row.data) : null;
  if (result?.success) return { type: row.type, data: result.data } as EventContent;
  const problem = result ? firstProblem(result.error) : { field: "type", problem: "is not an event type of the catalogue" };
  console.warn(`Timeline event ${row.seq} of incident ${row.incidentId} (${row.type}) is shown as stored: ${problem.field} ${problem.problem}`);
  return { type: row.type, data: row.data } as EventContent;
}
