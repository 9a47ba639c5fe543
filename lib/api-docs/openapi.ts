// The REST API's OpenAPI document, served at /api/openapi.json. Request bodies come from the same
// zod schemas the domain functions validate with, and answers from the presenters' schemas, so the
// document cannot drift from what the server checks and sends. lib/api-docs/openapi.test.ts fails
// when a route of API_ROUTES is missing from it.
import { z } from "zod";
import { actionItemListSchema, actionItemSchema } from "@/lib/action-items/present";
import { createActionItemSchema, actionItemFiltersSchema, updateActionItemSchema } from "@/lib/action-items/schema";
import { apiTokenListSchema, createdApiTokenSchema } from "@/lib/api-tokens/present";
import { createTokenSchema } from "@/lib/api-tokens/schema";
import { escalationReasonSchema } from "@/lib/escalation/schema";
import { setChecklistItemSchema } from "@/lib/checklists/schema";
import { draftStatusUpdateSchema, updateTemplateSchema } from "@/lib/communications/schema";
import { statusUpdateDraftSchema, templateListSchema, templateSchema } from "@/lib/communications/present";
import { contactListSchema, contactSchema } from "@/lib/contacts/present";
import { updateContactSchema } from "@/lib/contacts/schema";
import { healthSchema } from "@/lib/database/present";
import type { HttpMethod } from "@/lib/http/api-routes";
import { affectedServiceSchema, checklistItemStateSchema, incidentDetailSchema, incidentSchema, incidentSummaryListSchema } from "@/lib/incidents/present";
import { assignRoleSchema, changeSeveritySchema, declareIncidentSchema, transitionSchema } from "@/lib/incidents/schema";
import { metricsSchema } from "@/lib/metrics/present";
import { markedReadSchema, notificationListSchema } from "@/lib/notifications/present";
import { planChangeListSchema, planDocumentSchema } from "@/lib/plan/present";
import { publicStatusSchema } from "@/lib/public-status/present";
import { markServiceRestoredSchema } from "@/lib/recovery/schema";
import { reviewDetailSchema } from "@/lib/reviews/present";
import { addAttendeeSchema, recordDataLossSchema, recordImpactStartSchema, scoreCriterionSchema, updateReviewSchema } from "@/lib/reviews/schema";
import { scenarioListSchema } from "@/lib/scenarios/present";
import { serviceListSchema, serviceSchema } from "@/lib/services/present";
import { updateServiceSchema } from "@/lib/services/schema";
import { statusBoardSchema } from "@/lib/status-board/present";
import { postStatusUpdateSchema } from "@/lib/status-updates/schema";
import { subscriberListSchema, subscriberSchema } from "@/lib/subscribers/present";
import { statusUpdateSchema } from "@/lib/status-updates/present";
import { addSubscriberSchema } from "@/lib/subscribers/schema";
import { createdWebhookSchema, webhookDeliveryListSchema, webhookListSchema } from "@/lib/webhooks/present";
import { createWebhookSchema } from "@/lib/webhooks/schema";
import { managedUserListSchema, managedUserSchema, userWithAccessSchema } from "@/lib/users/present";
import { acceptInvitationSchema, addUserSchema, passwordResetSchema, updateUserSchema } from "@/lib/users/schema";
import { incidentEventListSchema, incidentEventSchema } from "@/lib/timeline/present";
import { addNoteSchema, afterSeqSchema, pinEventSchema } from "@/lib/timeline/schema";

const TAGS = {
  incidents: "Declaring an incident and driving it: state, severity, roles, checklist, recovery.",
  timeline: "An incident's timeline: events, notes, pins.",
  escalation: "Escalation levels: pause, resume, escalate now, acknowledge.",
  communications: "Status updates, communication templates and subscribers.",
  reviews: "The post-incident review and its action items.",
  plan: "The disaster-recovery plan: services, scenarios, reviews of the plan.",
  dashboards: "The status board, metrics and notifications.",
  automation: "API tokens and outgoing webhooks.",
  people: "Muster's users: adding them, their roles, deactivating them, password resets and invitations.",
  public: "What anyone may read without signing in.",
} as const;
type Tag = keyof typeof TAGS;

type Operation = {
  operationId: string;
  summary: string;
  tag: Tag;
  body?: z.ZodType;
  query?: z.ZodObject;
  /** Allowed values of a path parameter that names a command. */
  pathEnums?: Record<string, readonly string[]>;
  status?: 200 | 201 | 204;
  /** The answer's schema, when the success answers with JSON. */
  response?: z.ZodType;
  /** The success answer's media type, when it is not JSON. */
  produces?: string;
  /** Anyone may call it: no session, no token. */
  isPublic?: boolean;
  /** What a 503 answers when it is not the error schema (health says what is down). */
  unavailableAnswer?: z.ZodType;
  /** Refusals a public route answers as JSON, besides 503. */
  publicRefusals?: number[];
  /** Refusals the route writes itself as an HTML page (the e-mail acknowledgement link). */
  pageRefusals?: Record<number, string>;
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
]);

const retryAfter = { "Retry-After": { description: "Seconds until trying again makes sense.", schema: { type: "integer" } } };

/** Each refusal's meaning; every one answers `{ error, field?, current? }`. */
const REFUSALS: Record<number, { name: string; description: string; headers?: typeof retryAfter }> = {
  400: { name: "Invalid", description: "The input is not valid: `error` says why and `field` names the field." },
  401: { name: "Unauthenticated", description: "No valid session or bearer token." },
  403: { name: "Forbidden", description: "Your role may not do this, or a cookie-authenticated write came from another site." },
  404: { name: "NotFound", description: "Nothing has this id or key." },
  409: { name: "Conflict", description: "The change conflicts with the current state; `current` carries it where it helps." },
  413: { name: "TooLarge", description: "The request body is larger than 1 MiB." },
  415: { name: "UnsupportedMediaType", description: "The request body is not sent as application/json." },
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
  if (op.status === 204) return { description: "Done; nothing to answer." };
  if (op.produces) return { description: "Done", content: { [op.produces]: { schema: { type: "string" } } } };
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
    ],
    ...(body && {
      requestBody: {
        required: Array.isArray(body.required) && body.required.length > 0,
        content: { "application/json": { schema: body } },
      },
    }),
    responses: { [op.status ?? 200]: success(op), ...refusals },
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
  },
  "/api/services/{key}": {
    patch: {
      operationId: "updateService",
      tag: "plan",
      summary: "Change a service: name, priority, RTO/RPO, dependencies, public or not (plan admins); makes a new plan version",
      body: updateServiceSchema,
      response: serviceSchema,
    },
  },
  "/api/scenarios": {
    get: { operationId: "listScenarios", tag: "plan", summary: "The plan's scenarios: keys, tiers, objectives", response: scenarioListSchema },
  },
  "/api/plan/reviews": {
    post: { operationId: "recordPlanReview", response: planDocumentSchema, tag: "plan", summary: "Record a review of the plan (admins)", status: 201 },
  },
  "/api/contacts": {
    get: { operationId: "listContacts", response: contactListSchema, tag: "plan", summary: "The plan's contacts: response team, external and escalation contacts, with their ids" },
  },
  "/api/contacts/{id}": {
    patch: {
      operationId: "updateContact",
      tag: "plan",
      summary: "Change a contact: role, name, phone, e-mail, backup, account, Muster user (plan admins); makes a new plan version",
      body: updateContactSchema,
      response: contactSchema,
    },
  },
  "/api/plan/versions": {
    get: { operationId: "listPlanVersions", response: planChangeListSchema, tag: "plan", summary: "The plan's change record, newest first: who changed what, before and after, and the version it made" },
  },
  "/api/incidents": {
    get: { operationId: "listIncidents", tag: "incidents", summary: "Incidents, newest first", query: drillsQuery, response: incidentSummaryListSchema },
    post: { operationId: "declareIncident", tag: "incidents", summary: "Declare an incident", body: declareIncidentSchema, response: incidentDetailSchema, status: 201 },
  },
  "/api/incidents/{id}": {
    get: { operationId: "getIncident", tag: "incidents", summary: "An incident with its services and deadlines, checklist (id, done, version) and state", response: incidentDetailSchema },
    patch: { operationId: "changeSeverity", tag: "incidents", summary: "Change the severity", body: changeSeveritySchema, response: incidentDetailSchema },
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
    post: { operationId: "assignRole", response: incidentEventSchema, tag: "incidents", summary: "Assign or hand over a role", body: assignRoleSchema, status: 201 },
  },
  "/api/incidents/{id}/join": {
    post: { operationId: "joinIncident", response: incidentEventSchema, tag: "incidents", summary: "Join the incident as a responder", status: 201 },
  },
  "/api/incidents/{id}/services/{key}/restored": {
    post: { operationId: "markServiceRestored", tag: "incidents", summary: "Mark an affected service restored", body: markServiceRestoredSchema, response: affectedServiceSchema },
  },
  "/api/incidents/{id}/events": {
    get: { operationId: "listEvents", response: incidentEventListSchema, tag: "timeline", summary: "Timeline events after a sequence number, in order", query: afterSeqSchema },
  },
  "/api/incidents/{id}/notes": {
    post: { operationId: "addNote", response: incidentEventSchema, tag: "timeline", summary: "Add a note to the timeline", body: addNoteSchema, status: 201 },
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
  },
  "/api/communication-templates/{id}": {
    put: { operationId: "updateTemplate", response: templateSchema, tag: "communications", summary: "Rewrite a template (admins)", body: updateTemplateSchema },
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
      summary: "Record the meeting time, the agenda's notes or the business impact",
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
    get: { operationId: "exportReview", tag: "reviews", summary: "The review as a Markdown file", produces: "text/markdown" },
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
  "/api/webhooks/{id}/deliveries": {
    get: { operationId: "listDeliveries", response: webhookDeliveryListSchema, tag: "automation", summary: "A webhook's delivery log: every attempt with time and status (admins)" },
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
    },
  },
  "/status/public.atom": {
    get: {
      operationId: "getPublicStatusFeed",
      tag: "public",
      summary: "The public updates as an Atom feed",
      produces: "application/atom+xml",
      isPublic: true,
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
        "`emit(\"incident:join\", { incidentId, afterSeq }, ack)` and listen for `incident:event`; for the status board, " +
        "`emit(\"board:join\", ack)` and fetch `/api/status-board` again on each `board:changed`.",
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
