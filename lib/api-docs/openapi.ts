// The REST API's OpenAPI document, served at /api/openapi.json. Request bodies come from the same
// zod schemas the domain functions validate with, and answers from the presenters' schemas, so the
// document cannot drift from what the server checks and sends. lib/api-docs/openapi.test.ts fails
// when a route of API_ROUTES is missing from it.
import { z } from "zod";
import { actionItemListSchema, actionItemSchema } from "@/lib/action-items/present";
import { createActionItemSchema, actionItemFiltersSchema, updateActionItemSchema } from "@/lib/action-items/schema";
import { auditPageSchema } from "@/lib/audit/present";
import { auditQuerySchema } from "@/lib/audit/schema";
import { apiTokenListSchema, createdApiTokenSchema } from "@/lib/api-tokens/present";
import { createTokenSchema } from "@/lib/api-tokens/schema";
import { escalationLevelListSchema, escalationLevelSchema } from "@/lib/escalation/present";
import { createEscalationLevelSchema, escalationReasonSchema, updateEscalationLevelSchema } from "@/lib/escalation/schema";
import { setChecklistItemSchema } from "@/lib/checklists/schema";
import {
  backupPolicyListSchema,
  backupPolicySchema,
  backupStatusSchema,
  verificationListSchema,
  verificationScheduleListSchema,
  verificationScheduleSchema,
  verificationSchema,
} from "@/lib/backups/present";
import { recordVerificationSchema, updateBackupPolicySchema, updateVerificationScheduleSchema, verificationQuerySchema } from "@/lib/backups/schema";
import { createTemplateSchema, draftStatusUpdateSchema, updateTemplateSchema } from "@/lib/communications/schema";
import { statusUpdateDraftSchema, templateListSchema, templateSchema } from "@/lib/communications/present";
import { contactListSchema, contactSchema } from "@/lib/contacts/present";
import { createContactSchema, updateContactSchema } from "@/lib/contacts/schema";
import { planApprovalListSchema, planApprovalSchema } from "@/lib/plan/approvals/present";
import { approvePlanSchema } from "@/lib/plan/approvals/schema";
import { healthSchema } from "@/lib/database/present";
import { chainVerdictSchema, evidenceLedgerSchema, evidencePackSchema } from "@/lib/evidence/present";
import { evidencePeriodSchema } from "@/lib/evidence/schema";
import { drillScheduleListSchema, drillScheduleSchema, startedDrillSchema, successCriterionListSchema, successCriterionSchema } from "@/lib/drills/present";
import { startDrillSchema, updateDrillScheduleSchema, updateSuccessCriterionSchema } from "@/lib/drills/schema";
import type { HttpMethod } from "@/lib/http/api-routes";
import { activeIncidentListSchema, affectedServiceSchema, checklistItemStateSchema, incidentDetailSchema, incidentSchema, incidentSummaryListSchema } from "@/lib/incidents/present";
import {
  assignRoleSchema,
  changeSeveritySchema,
  declareIncidentSchema,
  declareInErrorSchema,
  editIncidentDetailsSchema,
  transitionSchema,
} from "@/lib/incidents/schema";
import { metricsSchema } from "@/lib/metrics/present";
import { markedReadSchema, notificationListSchema } from "@/lib/notifications/present";
import { calendarFeedQuery } from "@/lib/calendar/schema";
import { calendarFeedSchema } from "@/lib/calendar/present";
import { planImportReportSchema } from "@/lib/plan/code/present";
import { exportQuerySchema, importQuerySchema, planCodeSchema } from "@/lib/plan/code/schema";
import {
  agendaSchema,
  planChangeListSchema,
  planChangeSchema,
  planDiffSchema,
  planDocumentSchema,
  planListListSchema,
  planListSchema,
  reviewCadenceListSchema,
  reviewCadenceSchema,
  upkeepListSchema,
} from "@/lib/plan/present";
import { addAgendaItemSchema, markMajorVersionSchema, recordReviewHeldSchema, replacePlanListSchema, updateAgendaItemSchema, updatePlanDocumentSchema, updateReviewCadenceSchema } from "@/lib/plan/schema";
import { incidentObligationListSchema, incidentObligationSchema, reportingObligationListSchema, reportingObligationSchema } from "@/lib/obligations/present";
import { addObligationSchema, changeObligationSchema, classifyIncidentSchema, recordReportSchema } from "@/lib/obligations/schema";
import { publicStatusSchema } from "@/lib/public-status/present";
import { readinessSchema } from "@/lib/readiness/present";
import { addAffectedServiceSchema, changeImpactSchema, markServiceRestoredSchema } from "@/lib/recovery/schema";
import { reviewDetailSchema } from "@/lib/reviews/present";
import {
  addAttendeeSchema,
  addFindingSchema,
  confirmCriterionSchema,
  recordDataLossSchema,
  recordImpactStartSchema,
  scoreCriterionSchema,
  updateReviewSchema,
} from "@/lib/reviews/schema";
import { recoveryTierListSchema, recoveryTierSchema, scenarioListSchema, scenarioSchema } from "@/lib/scenarios/present";
import { createScenarioSchema, updateRecoveryTierSchema, updateScenarioSchema } from "@/lib/scenarios/schema";
import { runbookSchema, runbookSummaryListSchema } from "@/lib/runbooks/present";
import { addPhaseSchema, addStepSchema, updatePhaseSchema, updateRunbookSchema, updateStepSchema } from "@/lib/runbooks/schema";
import { serviceListSchema, serviceSchema } from "@/lib/services/present";
import { createServiceSchema, updateServiceSchema } from "@/lib/services/schema";
import { statusBoardSchema } from "@/lib/status-board/present";
import { postStatusUpdateSchema } from "@/lib/status-updates/schema";
import { subscriberListSchema, subscriberSchema } from "@/lib/subscribers/present";
import { statusUpdateSchema } from "@/lib/status-updates/present";
import { addSubscriberSchema } from "@/lib/subscribers/schema";
import { createdWebhookSchema, queuedTestSchema, webhookDeliveryListSchema, webhookListSchema, webhookSchema } from "@/lib/webhooks/present";
import { createWebhookSchema, updateWebhookSchema } from "@/lib/webhooks/schema";
import { managedUserListSchema, managedUserSchema, userWithAccessSchema } from "@/lib/users/present";
import { acceptInvitationSchema, addUserSchema, passwordResetSchema, updateUserSchema } from "@/lib/users/schema";
import { resolutionCheckSchema } from "@/lib/resolution/present";
import { incidentEventListSchema, incidentEventSchema } from "@/lib/timeline/present";
import { addNoteSchema, pinEventSchema, timelinePageSchema } from "@/lib/timeline/schema";

const TAGS = {
  incidents: "Declaring an incident and driving it: state, severity, roles, checklist, recovery.",
  timeline: "An incident's timeline: events, notes, pins.",
  escalation: "Escalation levels: pause, resume, escalate now, acknowledge.",
  communications: "Status updates, communication templates and subscribers.",
  reviews: "The post-incident review and its action items.",
  plan: "The disaster-recovery plan: services, scenarios, recovery tiers, runbooks, contacts, escalation levels, backups, recovery testing, the document and its reviews, the plan as code.",
  dashboards: "The status board, metrics, recovery readiness and notifications.",
  backups: "Backup verifications recorded by people and backup jobs, and each data class's restore point against its RPO.",
  automation:
    "API tokens, outgoing webhooks and chat destinations (`format` slack, teams, mattermost or discord: each platform's own incoming-webhook JSON, unsigned, " +
    "for the `events` picked). Incident events, each with `incident` (id, number, title, severity, state, bridgeUrl, url): `incident.declared`, " +
    "`incident.severity_changed`, `escalation.fired`, `status_update.posted` (team and stakeholder updates), `incident.resolved`; `backup.rpo_breached` (a data class's newest verified restore point " +
    "aged beyond four times its RPO: dataClass, rpoMinutes, ageMinutes, newestRestorePointAt); `backup.check_overdue` (a backup verification " +
    "check not passed within its interval: check, intervalDays, dueAt, lastSuccessAt). Each backup event is sent once when the breach begins, again only after it recovered. " +
    "`test`: a test message asked for in Settings.",
  audit: "The audit record of the admin writes outside the plan.",
  evidence: "The compliance ledger and the evidence pack; whether a timeline still matches its hash chain.",
  people: "Muster's users: adding them, their roles, deactivating them, password resets and invitations.",
  public: "What anyone may read without signing in.",
} as const;
type Tag = keyof typeof TAGS;

type Operation = {
  operationId: string;
  summary: string;
  tag: Tag;
  body?: z.ZodType;
  /** Media types the body may come as besides JSON, with the same schema (the plan as YAML). */
  alsoAccepts?: readonly string[];
  query?: z.ZodObject;
  /** Allowed values of a path parameter that names a command. */
  pathEnums?: Record<string, readonly string[]>;
  status?: 200 | 201 | 204;
  /** The answer's schema, when the success answers with JSON. */
  response?: z.ZodType;
  /** The success answer's media types, when it is not JSON only; a JSON one has the `response` schema. */
  produces?: string | readonly string[];
  /** Anyone may call it: no session, no token. */
  isPublic?: boolean;
  /** What a 503 answers when it is not the error schema (health says what is down). */
  unavailableAnswer?: z.ZodType;
  /** Refusals a public route answers as JSON, besides 503. */
  publicRefusals?: number[];
  /** Refusals the route writes itself as an HTML page (the e-mail acknowledgement link). */
  pageRefusals?: Record<number, string>;
  /** Answers with a strong ETag and cache lifetimes, and 304 to an If-None-Match that names the ETag. */
  conditional?: boolean;
};

const errorSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: { type: "string", description: "Why, in words a person understands." },
    field: { type: "string", description: "The input field at fault (400)." },
    current: { description: "The current state, instead of the refused change (409)." },
  },
};

/** Answers several operations give, written once under components.schemas and referred to by name, as an answer or inside one. */
const SHARED_ANSWERS = new Map<z.ZodType, string>([
  [incidentDetailSchema, "IncidentDetail"],
  [incidentEventSchema, "IncidentEvent"],
  [reviewDetailSchema, "ReviewDetail"],
  [actionItemSchema, "ActionItem"],
  [runbookSchema, "Runbook"],
]);

const CONDITIONAL_HEADERS = {
  ETag: { description: "Strong, from the bytes: the same on every node for the same state.", schema: { type: "string" } },
  "Cache-Control": { description: "How long a browser or cache may keep it, serve it while asking again, and serve it if Muster stops answering.", schema: { type: "string" } },
};

const retryAfter = { "Retry-After": { description: "Seconds until trying again makes sense.", schema: { type: "integer" } } };

/** Each refusal's meaning; every one answers `{ error, field?, current? }`. */
const REFUSALS: Record<number, { name: string; description: string; headers?: typeof retryAfter }> = {
  400: { name: "Invalid", description: "The input is not valid: `error` says why and `field` names the field." },
  401: { name: "Unauthenticated", description: "No valid session or bearer token." },
  403: { name: "Forbidden", description: "Your role may not do this, or a cookie-authenticated write came from another site." },
  404: { name: "NotFound", description: "Nothing has this id or key." },
  409: { name: "Conflict", description: "The change conflicts with the current state; `current` carries it where it helps." },
  413: { name: "TooLarge", description: "The request body is larger than 1 MiB." },
  415: { name: "UnsupportedMediaType", description: "The request body is not sent as application/json (or, where the operation takes it, application/yaml)." },
  429: { name: "RateLimited", description: "Too many requests; try again after Retry-After seconds.", headers: retryAfter },
  503: { name: "Unavailable", description: "Muster cannot reach its database; try again after Retry-After seconds.", headers: retryAfter },
};

const sharedRef = (schema: unknown) => {
  const name = SHARED_ANSWERS.get(schema as z.ZodType);
  return name && { $ref: `#/components/schemas/${name}` };
};

/** A zod schema in JSON Schema; a shared one inside it (not at its root) as a reference. */
function jsonSchema(schema: z.ZodType, io: "input" | "output") {
  // An answer's dates say themselves what they are on the wire (lib/present.ts).
  const converted: Record<string, unknown> = z.toJSONSchema(schema, {
    io,
    unrepresentable: "any",
    override: ({ zodSchema, jsonSchema }) => {
      const ref = (zodSchema as unknown) !== schema && sharedRef(zodSchema);
      if (ref) {
        for (const key of Object.keys(jsonSchema)) delete jsonSchema[key];
        Object.assign(jsonSchema, ref);
      }
    },
  });
  // The document's own dialect (OpenAPI 3.1 is JSON Schema 2020-12) applies; no schema restates it.
  delete converted.$schema;
  return converted;
}

function queryParameters(query: z.ZodObject) {
  const { properties = {}, required = [] } = jsonSchema(query, "input") as { properties?: Record<string, object>; required?: string[] };
  return Object.entries(properties).map(([name, schema]) => ({ name, in: "query", required: required.includes(name), schema }));
}

/** The statuses an operation can answer besides its success, from what its route does. */
function refusalsOf(op: Operation, method: string, pathParams: string[]): number[] {
  if (op.isPublic) return [...(op.publicRefusals ?? []), ...Object.keys(op.pageRefusals ?? {}).map(Number), 503];
  const takesInput = Boolean(op.body || op.query || pathParams.length);
  const writes = method !== "get";
  return [
    ...(takesInput ? [400] : []),
    401,
    403,
    ...(pathParams.length || op.body ? [404] : []),
    ...(writes ? [409] : []),
    ...(op.body ? [413, 415] : []),
    429,
    503,
  ];
}

function success(op: Operation) {
  if (op.conditional) return { ...plainSuccess(op), headers: CONDITIONAL_HEADERS };
  return plainSuccess(op);
}

function plainSuccess(op: Operation) {
  if (op.status === 204) return { description: "Done; nothing to answer." };
  if (op.produces) {
    const types = typeof op.produces === "string" ? [op.produces] : op.produces;
    const schemaOf = (type: string) => (type === "application/json" && op.response ? jsonSchema(op.response, "output") : { type: "string" });
    return { description: "Done", content: Object.fromEntries(types.map((type) => [type, { schema: schemaOf(type) }])) };
  }
  const schema = op.response ? (sharedRef(op.response) ?? jsonSchema(op.response, "output")) : {};
  return { description: "Done", content: { "application/json": { schema } } };
}

function operation(op: Operation, method: string, pathParams: string[]) {
  const body = op.body && jsonSchema(op.body, "input");
  const refusals = Object.fromEntries(
    refusalsOf(op, method, pathParams).map((status) => {
      const page = op.pageRefusals?.[status];
      if (page) return [status, { description: page, content: { "text/html": { schema: { type: "string" } } } }];
      const { name, description, headers } = REFUSALS[status];
      if (status === 503 && op.unavailableAnswer) {
        return [status, { description, headers, content: { "application/json": { schema: jsonSchema(op.unavailableAnswer, "output") } } }];
      }
      return [status, { $ref: `#/components/responses/${name}` }];
    }),
  );
  return {
    operationId: op.operationId,
    summary: op.summary,
    tags: [op.tag],
    ...(op.isPublic && { security: [] }),
    parameters: [
      ...pathParams.map((name) => ({
        name,
        in: "path",
        required: true,
        schema: op.pathEnums?.[name] ? { type: "string", enum: op.pathEnums[name] } : { type: "string", minLength: 1 },
      })),
      ...(op.query ? queryParameters(op.query) : []),
      ...(op.conditional
        ? [{ name: "If-None-Match", in: "header", required: false, description: "An ETag this caller holds: 304 if it is still the current one.", schema: { type: "string" } }]
        : []),
    ],
    ...(body && {
      requestBody: {
        required: Array.isArray(body.required) && body.required.length > 0,
        content: Object.fromEntries(["application/json", ...(op.alsoAccepts ?? [])].map((type) => [type, { schema: body }])),
      },
    }),
    responses: {
      [op.status ?? 200]: success(op),
      ...(op.conditional && { 304: { description: "Not modified: the ETag named is still the current one.", headers: CONDITIONAL_HEADERS } }),
      ...refusals,
    },
  };
}

const LINK_NOT_VALID = "The link's signature does not match, or its user is gone.";
const LINK_EXPIRED = "The link is older than its 7 days.";

const drillsQuery = z.object({ drills: z.enum(["only", "exclude"]).optional() });

/** This document's own outline; OpenAPI's schema for the rest is its own. */
const openApiDocumentSchema = z.looseObject({
  openapi: z.literal("3.1.0"),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.record(z.string(), z.looseObject({ operationId: z.string() }))),
});

/** Every route of API_ROUTES but next-auth's own, by template and method. */
export const OPERATIONS: Record<string, Partial<Record<Lowercase<HttpMethod>, Operation>>> = {
  "/api/services": {
    get: { operationId: "listServices", tag: "plan", summary: "The plan's services: keys, priorities, RTO/RPO, dependencies", response: serviceListSchema },
    post: {
      operationId: "addService",
      tag: "plan",
      summary: "Add a service at the end of the list: name, and optionally key, priority, RTO/RPO, dependencies, public or not (plan admins); makes a new plan version",
      body: createServiceSchema,
      response: serviceSchema,
      status: 201,
    },
  },
  "/api/services/{key}": {
    patch: {
      operationId: "updateService",
      tag: "plan",
      summary: "Change a service: name, priority, RTO/RPO, dependencies, public or not (plan admins); makes a new plan version",
      body: updateServiceSchema,
      response: serviceSchema,
    },
    delete: {
      operationId: "removeService",
      tag: "plan",
      summary: "Remove a service (plan admins), refused with 409 while a dependant, an incident, a runbook step or a recovery test names it; makes a new plan version",
      status: 204,
    },
  },
  "/api/scenarios": {
    get: { operationId: "listScenarios", tag: "plan", summary: "The plan's scenarios: keys, tiers, objectives", response: scenarioListSchema },
    post: {
      operationId: "addScenario",
      tag: "plan",
      summary: "Add a scenario: name, tier (severity), and optionally key, examples, the runbooks it brings in (plan admins); makes a new plan version",
      body: createScenarioSchema,
      response: scenarioSchema,
      status: 201,
    },
  },
  "/api/scenarios/{key}": {
    patch: {
      operationId: "updateScenario",
      tag: "plan",
      summary: "Change a scenario: name, tier (severity), examples, the runbooks it brings in (plan admins); makes a new plan version",
      body: updateScenarioSchema,
      response: scenarioSchema,
    },
    delete: {
      operationId: "removeScenario",
      tag: "plan",
      summary: "Remove a scenario (plan admins), refused with 409 while an incident or a recovery test names it; makes a new plan version",
      status: 204,
    },
  },
  "/api/recovery-tiers": {
    get: { operationId: "listRecoveryTiers", tag: "plan", summary: "The plan's recovery tiers: RTO range, RPO and status-update interval by severity", response: recoveryTierListSchema },
  },
  "/api/recovery-tiers/{severity}": {
    patch: {
      operationId: "updateRecoveryTier",
      tag: "plan",
      summary: "Change a recovery tier: name, RTO range, RPO, status-update interval (plan admins); makes a new plan version",
      body: updateRecoveryTierSchema,
      pathEnums: { severity: ["critical", "major", "minor"] },
      response: recoveryTierSchema,
    },
  },
  "/api/escalation-levels": {
    get: { operationId: "listEscalationLevels", tag: "plan", summary: "The escalation matrix: each level's threshold, audience and the contacts it brings in", response: escalationLevelListSchema },
    post: {
      operationId: "addEscalationLevel",
      tag: "plan",
      summary: "Add an escalation level in its place by threshold: name, threshold, end, audience, contacts (plan admins); running incidents keep their schedule; makes a new plan version",
      body: createEscalationLevelSchema,
      response: escalationLevelSchema,
      status: 201,
    },
  },
  "/api/escalation-levels/{id}": {
    patch: {
      operationId: "updateEscalationLevel",
      tag: "plan",
      summary: "Change an escalation level: name, threshold, end, audience, contacts (plan admins); makes a new plan version",
      body: updateEscalationLevelSchema,
      response: escalationLevelSchema,
    },
    delete: {
      operationId: "removeEscalationLevel",
      tag: "plan",
      summary: "Remove an escalation level (plan admins), refused with 409 once incidents have escalated through it; makes a new plan version",
      status: 204,
    },
  },
  "/api/plan": {
    get: { operationId: "getPlanDocument", tag: "plan", summary: "The plan document: title, version, owner, review dates, approval, distribution", response: planDocumentSchema },
    patch: {
      operationId: "updatePlanDocument",
      tag: "plan",
      summary: "Change the plan document: title, owner, review frequency and interval, approval, distribution (plan admins); makes a new plan version",
      body: updatePlanDocumentSchema,
      response: planDocumentSchema,
    },
  },
  "/api/runbooks": {
    get: { operationId: "listRunbooks", tag: "plan", summary: "The plan's runbooks: keys, kinds, the scenarios that bring them, phase and step counts", response: runbookSummaryListSchema },
  },
  "/api/runbooks/{key}": {
    get: { operationId: "getRunbook", tag: "plan", summary: "A runbook with its phases (time windows) and steps (scripts, services) in order", response: runbookSchema },
    patch: {
      operationId: "updateRunbook",
      tag: "plan",
      summary: "Change a runbook's title, situation or detection signals (plan admins); makes a new plan version",
      body: updateRunbookSchema,
      response: runbookSchema,
    },
  },
  "/api/runbooks/{key}/phases": {
    post: {
      operationId: "addRunbookPhase",
      tag: "plan",
      summary: "Add a phase to a runbook, at the end or at `position` (plan admins); makes a new plan version",
      body: addPhaseSchema,
      response: runbookSchema,
      status: 201,
    },
  },
  "/api/runbooks/{key}/phases/{phaseKey}": {
    patch: {
      operationId: "updateRunbookPhase",
      tag: "plan",
      summary: "Change a phase's name or time window, or move it with `position` (plan admins); makes a new plan version",
      body: updatePhaseSchema,
      response: runbookSchema,
    },
    delete: {
      operationId: "removeRunbookPhase",
      tag: "plan",
      summary: "Remove a phase and its steps (plan admins); running incidents keep their checklist. Makes a new plan version",
      response: runbookSchema,
    },
  },
  "/api/runbooks/{key}/phases/{phaseKey}/steps": {
    post: {
      operationId: "addRunbookStep",
      tag: "plan",
      summary: "Add a step to a phase, at its end or at `position` (plan admins); makes a new plan version",
      body: addStepSchema,
      response: runbookSchema,
      status: 201,
    },
  },
  "/api/runbooks/{key}/steps/{id}": {
    patch: {
      operationId: "updateRunbookStep",
      tag: "plan",
      summary: "Change a step, or move it with `position` and `phaseKey` (plan admins); running incidents keep their checklist. Makes a new plan version",
      body: updateStepSchema,
      response: runbookSchema,
    },
    delete: {
      operationId: "removeRunbookStep",
      tag: "plan",
      summary: "Remove a step (plan admins); running incidents keep their checklist item. Makes a new plan version",
      response: runbookSchema,
    },
  },
  "/api/plan/reviews": {
    post: { operationId: "recordPlanReview", response: planDocumentSchema, tag: "plan", summary: "Record a review of the plan (admins)", status: 201 },
  },
  "/api/plan/upkeep": {
    get: { operationId: "listPlanUpkeep", response: upkeepListSchema, tag: "plan", summary: "The plan's own review and its regular reviews, each with its due date" },
  },
  "/api/plan/review-cadences/{key}/held": {
    post: {
      operationId: "recordRegularReviewHeld",
      tag: "plan",
      summary: "Record that a regular review (monthly, quarterly, annual) was held (admins); its next one falls due an interval later",
      body: recordReviewHeldSchema,
      response: upkeepListSchema,
      status: 201,
    },
  },
  "/api/calendar/feed": {
    post: {
      operationId: "createCalendarFeed",
      tag: "plan",
      summary: "Make the caller a private calendar address (plan reviews, drills, open reviews), retiring the old one; shown once",
      response: calendarFeedSchema,
      status: 201,
    },
  },
  "/api/calendar.ics": {
    get: {
      operationId: "getCalendarFeed",
      tag: "public",
      summary: "A user's calendar feed as iCalendar; the secret in its address says whose (no session)",
      query: calendarFeedQuery,
      produces: "text/calendar",
      isPublic: true,
      publicRefusals: [404],
    },
  },
  "/api/contacts": {
    get: { operationId: "listContacts", response: contactListSchema, tag: "plan", summary: "The plan's contacts: response team, external and escalation contacts, with their ids" },
    post: {
      operationId: "addContact",
      tag: "plan",
      summary: "Add a contact at the end of its kind's list: kind, role, name, phone, e-mail, and optionally organisation, backup, account, Muster user (plan admins); makes a new plan version",
      body: createContactSchema,
      response: contactSchema,
      status: 201,
    },
  },
  "/api/contacts/{id}": {
    patch: {
      operationId: "updateContact",
      tag: "plan",
      summary: "Change a contact: role, name, phone, e-mail, backup, account, Muster user (plan admins); makes a new plan version",
      body: updateContactSchema,
      response: contactSchema,
    },
    delete: {
      operationId: "removeContact",
      tag: "plan",
      summary: "Remove a contact (plan admins), refused with 409 while an escalation level brings them in or they hold a running incident's role; makes a new plan version",
      status: 204,
    },
  },
  "/api/contacts/vcard": {
    get: {
      operationId: "downloadContactsVcard",
      tag: "plan",
      summary: "Every contact of the plan as one vCard 4.0 file (muster-contacts.vcf), one card per contact with its phone, e-mail, backup and account id, to import into a phone",
      produces: "text/vcard",
    },
  },
  "/api/plan/approvals": {
    get: { operationId: "listPlanApprovals", response: planApprovalListSchema, tag: "plan", summary: "Who approved which version of the plan, and when, newest first" },
    post: {
      operationId: "approvePlan",
      tag: "plan",
      summary: "Record that the plan's current version is approved, by the caller, now (plan admins); kept for ever, audited, and no new plan version",
      body: approvePlanSchema,
      response: planApprovalSchema,
      status: 201,
    },
  },
  "/api/plan/bundle": {
    get: {
      operationId: "downloadBreakGlassBundle",
      tag: "plan",
      summary:
        "The break-glass bundle as one ZIP (plan admins: it carries every contact's phone number): the plan document, contact cards and quick reference checklists as self-contained HTML, contacts.vcf and plan.md, each naming the plan version and when it was made. Records the bundle's version on the plan",
      produces: "application/zip",
    },
  },
  "/api/plan/export": {
    get: {
      operationId: "exportPlan",
      tag: "plan",
      summary:
        "The whole plan as code, one YAML (default) or JSON document to keep in git and import again, or as one Markdown document in the structure of the original plan (plan admins: it carries every contact's phone number). The same plan gives the same bytes",
      query: exportQuerySchema,
      produces: ["application/yaml", "application/json", "text/markdown"],
      response: planCodeSchema,
    },
  },
  "/api/plan/import": {
    post: {
      operationId: "importPlan",
      tag: "plan",
      summary:
        "Import the whole plan as code (plan admins): the document exported by GET /api/plan/export, as YAML or JSON. Checked whole first (a 400 lists every problem at its path, nothing changed), then applied as one plan version; `dryRun=true` only reports the changes",
      body: planCodeSchema,
      alsoAccepts: ["application/yaml"],
      query: importQuerySchema,
      response: planImportReportSchema,
    },
  },
  "/api/plan/schema.json": {
    get: {
      operationId: "getPlanSchema",
      tag: "public",
      summary: "The JSON Schema of the plan as code, for editors checking a plan document (it holds nothing of the plan)",
      response: z.looseObject({ $schema: z.string(), $id: z.string(), type: z.literal("object") }),
      isPublic: true,
    },
  },
  "/api/backup-policies": {
    get: { operationId: "listBackupPolicies", response: backupPolicyListSchema, tag: "plan", summary: "The plan's backup policies: what is copied, how often, kept how long and where" },
  },
  "/api/backup-policies/{key}": {
    patch: {
      operationId: "updateBackupPolicy",
      tag: "plan",
      summary: "Change a backup policy: name, frequency, full backup, retention, location (plan admins); makes a new plan version",
      body: updateBackupPolicySchema,
      response: backupPolicySchema,
    },
  },
  "/api/backup-verification-schedule": {
    get: { operationId: "listVerificationSchedule", response: verificationScheduleListSchema, tag: "plan", summary: "The backup verification schedule, each check with its latest run" },
  },
  "/api/backup-verification-schedule/{key}": {
    patch: {
      operationId: "updateVerificationSchedule",
      tag: "plan",
      summary: "Change a backup verification check: cadence, interval in days, activity (plan admins); makes a new plan version",
      body: updateVerificationScheduleSchema,
      response: verificationScheduleSchema,
    },
  },
  "/api/backups/verifications": {
    get: {
      operationId: "listBackupVerifications",
      tag: "backups",
      summary: "The most recent backup verification runs, newest first; `check` keeps one check's",
      query: verificationQuerySchema,
      response: verificationListSchema,
    },
    post: {
      operationId: "recordBackupVerification",
      tag: "backups",
      summary:
        "Record a run of a verification check for a class of data (responders, commanders, admins; a backup job with a responder's token). " +
        "A successful run names the restore point it proved, no later than the run; neither may be in the future",
      body: recordVerificationSchema,
      response: verificationSchema,
      status: 201,
    },
  },
  "/api/backups/status": {
    get: {
      operationId: "getBackupStatus",
      tag: "backups",
      summary:
        "Each data class's newest verified restore point against its RPO (within, up to 2×, up to 4×, beyond; unverified), each check against its interval, and the alerts",
      response: backupStatusSchema,
    },
  },
  "/api/drills": {
    get: {
      operationId: "listDrillSchedule",
      response: drillScheduleListSchema,
      tag: "plan",
      summary: "The recovery testing schedule: each test's type, frequency, scope, runbook, scenario and services, last run, next due date, state (done, due, overdue) and the drill under way",
    },
  },
  "/api/drills/{key}": {
    patch: {
      operationId: "updateDrillSchedule",
      tag: "plan",
      summary: "Change a recovery test: type, frequency, interval, duration, scope, runbook, scenario, services (plan admins); makes a new plan version",
      body: updateDrillScheduleSchema,
      response: drillScheduleSchema,
    },
  },
  "/api/drills/{key}/start": {
    post: {
      operationId: "startDrill",
      tag: "incidents",
      summary: "Start a drill of a recovery test (commanders and admins): an incident in drill mode with the test's procedure, scope and scenario; 409 while one of the same test is under way",
      body: startDrillSchema,
      response: startedDrillSchema,
      status: 201,
    },
  },
  "/api/success-criteria": {
    get: { operationId: "listSuccessCriteria", response: successCriterionListSchema, tag: "plan", summary: "What a drill or a recovery is judged by" },
  },
  "/api/success-criteria/{key}": {
    patch: {
      operationId: "updateSuccessCriterion",
      tag: "plan",
      summary: "Change a success criterion: name, description (plan admins); makes a new plan version",
      body: updateSuccessCriterionSchema,
      response: successCriterionSchema,
    },
  },
  "/api/reporting-obligations": {
    get: { operationId: "listReportingObligations", response: reportingObligationListSchema, tag: "plan", summary: "The plan's reporting obligations and their deadlines, in order" },
    post: {
      operationId: "addReportingObligation",
      tag: "plan",
      summary: "Add a reporting obligation from a preset ({ preset: \"dora\" }) or written by hand (plan admins); makes a new plan version",
      body: addObligationSchema,
      response: reportingObligationSchema,
      status: 201,
    },
  },
  "/api/reporting-obligations/{key}": {
    patch: {
      operationId: "updateReportingObligation",
      tag: "plan",
      summary: "Change a reporting obligation: name, clock start, deadlines (plan admins); classified incidents keep their clocks; makes a new plan version",
      body: changeObligationSchema,
      response: reportingObligationSchema,
    },
    delete: {
      operationId: "removeReportingObligation",
      tag: "plan",
      summary: "Remove a reporting obligation (plan admins); classified incidents keep their deadlines; makes a new plan version",
      status: 204,
    },
  },
  "/api/review-agenda": {
    get: { operationId: "listReviewAgenda", response: agendaSchema, tag: "plan", summary: "The post-incident review agenda, in order" },
    post: {
      operationId: "addAgendaItem",
      tag: "plan",
      summary: "Add an item at the end of the review agenda (plan admins); answers with the agenda; makes a new plan version",
      body: addAgendaItemSchema,
      response: agendaSchema,
      status: 201,
    },
  },
  "/api/review-agenda/{key}": {
    patch: {
      operationId: "updateAgendaItem",
      tag: "plan",
      summary: "Rename a review agenda item or move it to another place (plan admins); answers with the agenda; makes a new plan version",
      body: updateAgendaItemSchema,
      response: agendaSchema,
    },
    delete: {
      operationId: "removeAgendaItem",
      tag: "plan",
      summary: "Remove a review agenda item (plan admins); answers with the agenda; makes a new plan version",
      response: agendaSchema,
    },
  },
  "/api/plan/review-cadences": {
    get: { operationId: "listReviewCadences", response: reviewCadenceListSchema, tag: "plan", summary: "The plan's regular reviews: monthly, quarterly, annual, and what each goes through" },
  },
  "/api/plan/review-cadences/{key}": {
    patch: {
      operationId: "updateReviewCadence",
      tag: "plan",
      summary: "Change a regular review: name, interval in months, items (plan admins); makes a new plan version",
      body: updateReviewCadenceSchema,
      response: reviewCadenceSchema,
    },
  },
  "/api/plan/lists": {
    get: { operationId: "listPlanLists", response: planListListSchema, tag: "plan", summary: "The plan's other lists (training, metrics and KPIs, improvement, …) with their items" },
  },
  "/api/plan/lists/{key}": {
    put: {
      operationId: "replacePlanList",
      tag: "plan",
      summary: "Replace a plan list's items, in order (plan admins); makes a new plan version",
      body: replacePlanListSchema,
      response: planListSchema,
    },
  },
  "/api/plan/versions": {
    get: { operationId: "listPlanVersions", response: planChangeListSchema, tag: "plan", summary: "The plan's change record, newest first: who changed what, before and after, and the version it made" },
    post: {
      operationId: "markMajorVersion",
      tag: "plan",
      summary: "Mark the plan's next version as a major one (1.7 → 2.0) with a note saying why (plan admins)",
      body: markMajorVersionSchema,
      response: planChangeSchema,
      status: 201,
    },
  },
  "/api/plan/versions/{a}/diff/{b}": {
    get: {
      operationId: "diffPlanVersions",
      tag: "plan",
      summary: "What differs between two versions of the plan, item by item: each field at version a and at version b (either may be the later)",
      response: planDiffSchema,
    },
  },
  "/api/incidents": {
    get: { operationId: "listIncidents", tag: "incidents", summary: "Incidents, newest first", query: drillsQuery, response: incidentSummaryListSchema },
    post: { operationId: "declareIncident", tag: "incidents", summary: "Declare an incident", body: declareIncidentSchema, response: incidentDetailSchema, status: 201 },
  },
  "/api/incidents/active": {
    get: {
      operationId: "listActiveIncidents",
      tag: "incidents",
      summary: "Incidents being worked, real ones before drills, most severe and soonest to breach first, with the caller's roles in each",
      response: activeIncidentListSchema,
    },
  },
  "/api/incidents/{id}": {
    get: { operationId: "getIncident", tag: "incidents", summary: "An incident with its services and deadlines, checklist (id, done, version) and state", response: incidentDetailSchema },
    patch: { operationId: "changeSeverity", tag: "incidents", summary: "Change the severity", body: changeSeveritySchema, response: incidentDetailSchema },
  },
  "/api/incidents/{id}/details": {
    patch: {
      operationId: "editIncidentDetails",
      tag: "incidents",
      summary: "Mend the title, summary, detection or impact-start time; a new detection time moves every RTO deadline and every escalation level not yet fired",
      body: editIncidentDetailsSchema,
      response: incidentDetailSchema,
    },
  },
  "/api/incidents/{id}/declared-in-error": {
    post: {
      operationId: "declareInError",
      tag: "incidents",
      summary: "End an incident that should never have been declared, with why: kept in the history, left out of every figure",
      body: declareInErrorSchema,
      response: incidentDetailSchema,
      status: 201,
    },
  },
  "/api/incidents/{id}/transitions": {
    post: { operationId: "transitionIncident", tag: "incidents", summary: "Move the incident along its path", body: transitionSchema, response: incidentSchema },
  },
  "/api/incidents/{id}/checklist/{itemId}": {
    patch: {
      operationId: "setChecklistItem",
      tag: "incidents",
      summary: "Tick or untick a step; a stale version is refused with 409",
      body: setChecklistItemSchema,
      response: checklistItemStateSchema,
    },
  },
  "/api/incidents/{id}/roles": {
    post: { operationId: "assignRole", response: incidentEventSchema, tag: "incidents", summary: "Assign or hand over a role, to a user or a plan contact", body: assignRoleSchema, status: 201 },
  },
  "/api/incidents/{id}/roles/{assignmentId}": {
    delete: {
      operationId: "removeRole",
      response: incidentEventSchema,
      tag: "incidents",
      summary: "End a role without a successor; the incident commander's role is handed over instead (409)",
    },
  },
  "/api/incidents/{id}/resolution-check": {
    get: {
      operationId: "getResolutionCheck",
      response: resolutionCheckSchema,
      tag: "incidents",
      summary: "What is still open before resolving: steps, services, escalations, the public resolution notice",
    },
  },
  "/api/incidents/{id}/join": {
    post: { operationId: "joinIncident", response: incidentEventSchema, tag: "incidents", summary: "Join the incident as a responder", status: 201 },
  },
  "/api/incidents/{id}/services": {
    post: {
      operationId: "addAffectedService",
      tag: "incidents",
      summary: "Add an affected service with its impact; its RTO deadline and RPO target come as at declaration",
      body: addAffectedServiceSchema,
      response: affectedServiceSchema,
      status: 201,
    },
  },
  "/api/incidents/{id}/services/{key}": {
    patch: { operationId: "changeServiceImpact", tag: "incidents", summary: "Change an affected service's impact", body: changeImpactSchema, response: affectedServiceSchema },
    delete: { operationId: "removeAffectedService", tag: "incidents", summary: "Remove a service named by mistake (not once restored)", response: incidentDetailSchema },
  },
  "/api/incidents/{id}/services/{key}/restored": {
    post: { operationId: "markServiceRestored", tag: "incidents", summary: "Mark an affected service restored", body: markServiceRestoredSchema, response: affectedServiceSchema },
    delete: { operationId: "undoServiceRestore", tag: "incidents", summary: "Undo a restore: the service is down again and its clock runs", response: affectedServiceSchema },
  },
  "/api/incidents/{id}/events": {
    get: { operationId: "listEvents", response: incidentEventListSchema, tag: "timeline", summary: "Timeline events after a sequence number, or the page before one, in order", query: timelinePageSchema },
  },
  "/api/incidents/{id}/verify": {
    get: { operationId: "verifyTimeline", response: chainVerdictSchema, tag: "evidence", summary: "Whether the incident's timeline still matches its hash chain" },
  },
  "/api/evidence": {
    get: {
      operationId: "getEvidence", response: evidenceLedgerSchema,
      tag: "evidence",
      summary: "A period's drills and incidents against their objectives, backup verifications and plan versions (the last twelve months by default)",
      query: evidencePeriodSchema,
    },
  },
  "/api/evidence/pack": {
    get: {
      operationId: "downloadEvidencePack", response: evidencePackSchema,
      tag: "evidence",
      summary: "The evidence pack as one JSON file: the Markdown report and the records, every timeline event with its hash",
      query: evidencePeriodSchema,
    },
  },
  "/api/incidents/{id}/notes": {
    post: { operationId: "addNote", response: incidentEventSchema, tag: "timeline", summary: "Add a note to the timeline", body: addNoteSchema, status: 201 },
  },
  "/api/incidents/{id}/obligations": {
    get: { operationId: "listIncidentObligations", response: incidentObligationListSchema, tag: "incidents", summary: "The reporting obligations the incident is classified under, each deadline with its due time and report" },
    post: {
      operationId: "classifyIncident",
      response: incidentObligationSchema,
      tag: "incidents",
      summary: "Classify the incident under a reporting obligation of the plan (its commander); its deadlines start",
      body: classifyIncidentSchema,
      status: 201,
    },
  },
  "/api/incidents/{id}/obligations/{key}/reports": {
    post: {
      operationId: "recordObligationReport",
      response: incidentObligationSchema,
      tag: "incidents",
      summary: "Record a report made under the incident's obligation (its commander); a deadline counted from it starts",
      body: recordReportSchema,
      status: 201,
    },
  },
  "/api/incidents/{id}/pins": {
    post: { operationId: "pinEvent", response: incidentEventSchema, tag: "timeline", summary: "Pin or unpin a timeline event", body: pinEventSchema, status: 201 },
  },
  "/api/incidents/{id}/escalation/{action}": {
    post: {
      operationId: "commandEscalation", response: incidentEventSchema,
      tag: "escalation",
      summary: "Pause or resume escalation, or escalate to the next level now, with a reason",
      body: escalationReasonSchema,
      pathEnums: { action: ["pause", "resume", "escalate"] },
      status: 201,
    },
  },
  "/api/escalations/{id}/acknowledge": {
    post: { operationId: "acknowledgeEscalation", response: incidentEventSchema, tag: "escalation", summary: "Acknowledge a level that fired", status: 201 },
  },
  "/api/escalations/{id}/email-acknowledgement": {
    get: {
      operationId: "showEmailAcknowledgement",
      tag: "escalation",
      summary: "The page an escalation e-mail links to: one button to acknowledge (signed link: ?user=&sig=)",
      produces: "text/html",
      isPublic: true,
      pageRefusals: { 403: LINK_NOT_VALID, 410: LINK_EXPIRED },
    },
    post: {
      operationId: "acknowledgeByEmail",
      tag: "escalation",
      summary: "Acknowledge from the e-mail's page (signed link: ?user=&sig=)",
      produces: "text/html",
      status: 201,
      isPublic: true,
      pageRefusals: { 403: LINK_NOT_VALID, 409: "The escalation cannot be acknowledged now; the page says why.", 410: LINK_EXPIRED },
    },
  },
  "/api/incidents/{id}/status-updates": {
    post: {
      operationId: "postStatusUpdate", response: statusUpdateSchema,
      tag: "communications",
      summary: "Post a status update (internal by default)",
      body: postStatusUpdateSchema,
      status: 201,
    },
  },
  "/api/incidents/{id}/status-updates/draft": {
    post: {
      operationId: "draftStatusUpdate", response: statusUpdateDraftSchema,
      tag: "communications",
      summary: "Fill a communication template in for this incident (writes nothing)",
      body: draftStatusUpdateSchema,
    },
  },
  "/api/communication-templates": {
    get: { operationId: "listTemplates", response: templateListSchema, tag: "communications", summary: "The communication templates and the placeholders they may use" },
    post: {
      operationId: "createTemplate",
      response: templateSchema,
      tag: "communications",
      summary: "Add a template (plan admins); makes a new plan version",
      body: createTemplateSchema,
      status: 201,
    },
  },
  "/api/communication-templates/{id}": {
    put: { operationId: "updateTemplate", response: templateSchema, tag: "communications", summary: "Rewrite a template (plan admins); makes a new plan version", body: updateTemplateSchema },
    delete: {
      operationId: "deleteTemplate",
      tag: "communications",
      summary: "Remove a template (plan admins); status updates posted from it keep their text; makes a new plan version",
      status: 204,
    },
  },
  "/api/subscribers": {
    get: { operationId: "listSubscribers", response: subscriberListSchema, tag: "communications", summary: "Who receives stakeholder and public updates by e-mail (admins)" },
    post: { operationId: "addSubscriber", response: subscriberSchema, tag: "communications", summary: "Add a subscriber (admins)", body: addSubscriberSchema, status: 201 },
  },
  "/api/subscribers/{id}": {
    delete: { operationId: "removeSubscriber", tag: "communications", summary: "Remove a subscriber (admins)", status: 204 },
  },
  "/api/incidents/{id}/review": {
    get: {
      operationId: "getReview",
      tag: "reviews",
      summary: "The post-incident review: timeline, durations, services against RTO/RPO, criteria, notes, action items",
      response: reviewDetailSchema,
    },
    patch: {
      operationId: "updateReview",
      tag: "reviews",
      summary:
        "Record the meeting time, the agenda's notes or the business impact. With the `version` the editor saw, a save over a newer one is refused with 409, `current` carrying the saved text and who saved it; without it, the save applies to what is there",
      body: updateReviewSchema,
      response: reviewDetailSchema,
    },
  },
  "/api/incidents/{id}/review/criteria/{key}": {
    put: {
      operationId: "scoreCriterion",
      tag: "reviews",
      summary: "Score one of the plan's success criteria (met, not met, or null)",
      body: scoreCriterionSchema,
      response: reviewDetailSchema,
    },
  },
  "/api/incidents/{id}/review/criteria/{key}/confirmation": {
    post: {
      operationId: "confirmCriterion",
      tag: "reviews",
      summary: "Confirm a success criterion's score (the incident's commander, admins): the figures' suggestion, or another score with a note saying why",
      body: confirmCriterionSchema,
      response: reviewDetailSchema,
    },
  },
  "/api/incidents/{id}/review/findings": {
    post: { operationId: "addFinding", tag: "reviews", summary: "Record what the drill or the incident found", body: addFindingSchema, response: reviewDetailSchema, status: 201 },
  },
  "/api/incidents/{id}/review/findings/{findingId}": {
    delete: { operationId: "removeFinding", tag: "reviews", summary: "Remove a finding; an action item made from it stays; answers with the review", response: reviewDetailSchema },
  },
  "/api/incidents/{id}/review/impact-start": {
    put: {
      operationId: "recordImpactStart",
      tag: "reviews",
      summary: "Record when the impact began (null to take it back); not after detection",
      body: recordImpactStartSchema,
      response: reviewDetailSchema,
    },
  },
  "/api/incidents/{id}/review/services/{key}/data-loss": {
    put: { operationId: "recordDataLoss", tag: "reviews", summary: "Record a service's measured data-loss window", body: recordDataLossSchema, response: reviewDetailSchema },
  },
  "/api/incidents/{id}/review/attendees": {
    post: { operationId: "addAttendee", tag: "reviews", summary: "Add an attendee: a user or a name", body: addAttendeeSchema, response: reviewDetailSchema, status: 201 },
  },
  "/api/incidents/{id}/review/attendees/{attendeeId}": {
    delete: { operationId: "removeAttendee", tag: "reviews", summary: "Remove an attendee; answers with the review", response: reviewDetailSchema },
  },
  "/api/incidents/{id}/review/action-items": {
    post: { operationId: "createActionItem", response: actionItemSchema, tag: "reviews", summary: "Add an action item to the review", body: createActionItemSchema, status: 201 },
  },
  "/api/incidents/{id}/review/export": {
    get: {
      operationId: "exportReview",
      tag: "reviews",
      summary: "The review as a Markdown file; for a drill, the drill report: scope, key events, figures against targets, criteria, findings, action items, who took part",
      produces: "text/markdown",
    },
  },
  "/api/action-items": {
    get: {
      operationId: "listActionItems", response: actionItemListSchema,
      tag: "reviews",
      summary: "Action items from every review and the plan, unfinished and soonest due first",
      query: actionItemFiltersSchema,
    },
  },
  "/api/action-items/{id}": {
    patch: {
      operationId: "updateActionItem", response: actionItemSchema,
      tag: "reviews",
      summary: "Change an action item's status, priority, owner, due date or title",
      body: updateActionItemSchema,
    },
  },
  "/api/status-board": {
    get: { operationId: "getStatusBoard", tag: "dashboards", summary: "The status board: active incidents, every service's health and why, recent outcomes", response: statusBoardSchema },
  },
  "/api/metrics": {
    get: {
      operationId: "getMetrics",
      tag: "dashboards",
      summary: "Recovery metrics (MTTD, MTTR, response time, RTO and RPO achievement, action items): overall, by severity, service and month; drills apart",
      response: metricsSchema,
    },
  },
  "/api/readiness": {
    get: {
      operationId: "getReadiness",
      tag: "dashboards",
      summary: "Each service's recovery readiness: its last proof (drill or incident) against its RTO, and whether it still stands or lapsed, and why",
      response: readinessSchema,
    },
  },
  "/api/notifications": {
    get: { operationId: "listNotifications", response: notificationListSchema, tag: "dashboards", summary: "Your in-app notifications, newest first, and the unread count" },
  },
  "/api/notifications/read": {
    post: { operationId: "markNotificationsRead", response: markedReadSchema, tag: "dashboards", summary: "Mark all your notifications read" },
  },
  "/api/tokens": {
    get: { operationId: "listTokens", response: apiTokenListSchema, tag: "automation", summary: "Your active API tokens" },
    post: { operationId: "createToken", response: createdApiTokenSchema, tag: "automation", summary: "Create an API token (shown once)", body: createTokenSchema, status: 201 },
  },
  "/api/tokens/{id}": {
    delete: { operationId: "revokeToken", tag: "automation", summary: "Revoke one of your tokens", status: 204 },
  },
  "/api/users": {
    get: { operationId: "listUsers", response: managedUserListSchema, tag: "people", summary: "Everyone with an account, active or deactivated (admins)" },
    post: {
      operationId: "addUser",
      response: userWithAccessSchema,
      tag: "people",
      summary: "Add a user with a one-time password or an invitation link, shown in this answer only (admins)",
      body: addUserSchema,
      status: 201,
    },
  },
  "/api/users/{id}": {
    patch: {
      operationId: "updateUser",
      response: managedUserSchema,
      tag: "people",
      summary: "Rename a user, change their role, deactivate (`active: false`: their sessions and tokens end at once) or reactivate them (admins); the last active admin stays one",
      body: updateUserSchema,
    },
  },
  "/api/users/{id}/password-reset": {
    post: {
      operationId: "resetUserPassword",
      response: userWithAccessSchema,
      tag: "people",
      summary: "Reset a user's password to a one-time password or a new invitation link, shown in this answer only; their sessions end (admins)",
      body: passwordResetSchema,
    },
  },
  "/api/invitations/accept": {
    post: {
      operationId: "acceptInvitation",
      tag: "people",
      summary: "Choose a password with the token of an invitation link; the link works once, until it expires",
      body: acceptInvitationSchema,
      status: 204,
      isPublic: true,
      publicRefusals: [400, 404, 413, 415],
    },
  },
  "/api/webhooks": {
    get: { operationId: "listWebhooks", response: webhookListSchema, tag: "automation", summary: "Outgoing webhooks (admins)" },
    post: {
      operationId: "createWebhook", response: createdWebhookSchema,
      tag: "automation",
      summary: "Add a webhook; the answer carries its signing secret (admins)",
      body: createWebhookSchema,
      status: 201,
    },
  },
  "/api/webhooks/{id}": {
    patch: {
      operationId: "updateWebhook",
      response: webhookSchema,
      tag: "automation",
      summary: "Change a webhook's or chat destination's name, url, enabled or events; a chat destination keeps at least one event (admins)",
      body: updateWebhookSchema,
    },
    delete: { operationId: "deleteWebhook", tag: "automation", summary: "Remove a webhook or chat destination with its delivery log (admins)", status: 204 },
  },
  "/api/webhooks/{id}/test": {
    post: {
      operationId: "sendTestMessage",
      response: queuedTestSchema,
      tag: "automation",
      summary: "Queue a test message to the destination, through the outbox: the delivery log shows it (admins)",
      status: 201,
    },
  },
  "/api/webhooks/{id}/deliveries": {
    get: { operationId: "listDeliveries", response: webhookDeliveryListSchema, tag: "automation", summary: "A webhook's delivery log: every attempt with time and status (admins)" },
  },
  "/api/audit": {
    get: {
      operationId: "listAuditEvents",
      tag: "audit",
      summary: "The audit record of admin writes (tokens, webhooks, subscribers, users), newest first, a page at a time (admins)",
      query: auditQuerySchema,
      response: auditPageSchema,
    },
  },
  "/api/health": {
    get: { operationId: "getHealth", response: healthSchema, unavailableAnswer: healthSchema, tag: "public", summary: "Whether Muster and its database are up", isPublic: true },
  },
  "/api/openapi.json": {
    get: { operationId: "getOpenApiDocument", response: openApiDocumentSchema, tag: "public", summary: "This document", isPublic: true },
  },
  "/status/public.json": {
    get: {
      operationId: "getPublicStatus",
      tag: "public",
      summary: "The public status page as JSON: only what was posted to the public",
      response: publicStatusSchema,
      isPublic: true,
      conditional: true,
    },
  },
  "/serwist/{path}": {
    get: {
      operationId: "getServiceWorker",
      tag: "public",
      summary: "Muster's service worker (sw.js) and its source map: what makes the app installable and readable offline",
      produces: "application/javascript",
      isPublic: true,
      publicRefusals: [404],
    },
  },
  "/status/public.atom": {
    get: {
      operationId: "getPublicStatusFeed",
      tag: "public",
      summary: "The public updates as an Atom feed",
      produces: "application/atom+xml",
      isPublic: true,
      conditional: true,
    },
  },
};

export function openApiDocument() {
  const paths = Object.fromEntries(
    Object.entries(OPERATIONS).map(([path, operations]) => {
      const pathParams = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      return [path, Object.fromEntries(Object.entries(operations).map(([method, op]) => [method, operation(op, method, pathParams)]))];
    }),
  );
  return {
    openapi: "3.1.0",
    info: {
      title: "Muster API",
      version: "1",
      description:
        "Declare and drive incidents from monitoring and scripts. Authenticate with `Authorization: Bearer <token>` " +
        "(create one in Settings or with `npm run token:create -- --email …`); a token acts with its user's role. " +
        "Outgoing webhooks carry `Muster-Signature: t=<unix>,v1=<hex HMAC-SHA256 of \"<t>.<body>\">` and `Muster-Delivery: <id>`. " +
        "Live events: Socket.IO on the same origin, `io(origin, { auth: { token } })`, then " +
        "`emit(\"incident:join\", { incidentId, afterSeq }, ack)` and listen for `incident:event` (a join more than 500 events " +
        "behind is answered 410: read the incident and `/events?beforeSeq=` afresh, then join again); for the status board, " +
        "`emit(\"board:join\", ack)` and apply each `board:update` (the whole board, or what changed since the `version` " +
        "named as its `base`; for any other version, fetch `/api/status-board` again).",
    },
    servers: [{ url: "/" }],
    tags: Object.entries(TAGS).map(([name, description]) => ({ name, description })),
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "An API token, acting with its user's role." },
        cookie: {
          type: "apiKey",
          in: "cookie",
          name: "next-auth.session-token",
          description: "The browser's session; writes riding on it must come from Muster's own pages.",
        },
      },
      schemas: {
        Error: errorSchema,
        ...Object.fromEntries([...SHARED_ANSWERS].map(([schema, name]) => [name, jsonSchema(schema, "output")])),
      },
      responses: Object.fromEntries(
        Object.values(REFUSALS).map(({ name, description, headers }) => [
          name,
          { description, ...(headers && { headers }), content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
        ]),
      ),
    },
    security: [{ bearer: [] }, { cookie: [] }],
    paths,
  };
}
