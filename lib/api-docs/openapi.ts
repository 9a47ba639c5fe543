// The REST API's OpenAPI document, served at /api/openapi.json. Request bodies come from the same
// zod schemas the domain functions validate with, so the document cannot drift from the checks.
import { z } from "zod";
import { createActionItemSchema, updateActionItemSchema } from "@/lib/action-items/schema";
import { createTokenSchema } from "@/lib/api-tokens/schema";
import { escalationReasonSchema } from "@/lib/escalation/schema";
import { setChecklistItemSchema } from "@/lib/checklists/schema";
import { draftStatusUpdateSchema, updateTemplateSchema } from "@/lib/communications/schema";
import { assignRoleSchema, changeSeveritySchema, declareIncidentSchema, transitionSchema } from "@/lib/incidents/schema";
import { markServiceRestoredSchema } from "@/lib/recovery/schema";
import { addAttendeeSchema, recordDataLossSchema, recordImpactStartSchema, scoreCriterionSchema, updateReviewSchema } from "@/lib/reviews/schema";
import { postStatusUpdateSchema } from "@/lib/status-updates/schema";
import { addSubscriberSchema } from "@/lib/subscribers/schema";
import { createWebhookSchema } from "@/lib/webhooks/schema";
import { addNoteSchema, pinEventSchema } from "@/lib/timeline/schema";

type Operation = {
  summary: string;
  body?: z.ZodType;
  status?: number;
  query?: { name: string; description: string; type?: "integer" | "string" }[];
  /** What a success answers with, when it is not JSON. */
  produces?: string;
};

const error = { description: "Refused: `{ error, field? }` says why (400 names the field, 409 carries `current`)." };

function jsonSchema(schema: z.ZodType) {
  return z.toJSONSchema(schema, {
    io: "input",
    unrepresentable: "any",
    // Dates travel as ISO 8601 strings.
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema._zod.def.type === "date") Object.assign(jsonSchema, { type: "string", format: "date-time" });
    },
  });
}

function operation({ summary, body, status = 200, query, produces = "application/json" }: Operation, pathParams: string[]) {
  return {
    summary,
    parameters: [
      ...pathParams.map((name) => ({ name, in: "path", required: true, schema: { type: "string" } })),
      ...(query ?? []).map(({ name, description, type = "integer" }) => ({ name, in: "query", description, schema: { type } })),
    ],
    ...(body && {
      requestBody: { required: true, content: { "application/json": { schema: jsonSchema(body) } } },
    }),
    responses: {
      [status]: { description: "Done", content: { [produces]: {} } },
      400: error,
      401: { description: "No valid session or bearer token." },
      403: { description: "Your role may not do this." },
      404: error,
      409: error,
    },
  };
}

const PATHS: Record<string, Record<string, Operation>> = {
  "/api/services": { get: { summary: "The plan's services: keys, priorities, RTO/RPO, dependencies" } },
  "/api/scenarios": { get: { summary: "The plan's scenarios: keys, tiers, objectives" } },
  "/api/incidents": {
    get: { summary: "Incidents, newest first (?drills=only|exclude)" },
    post: { summary: "Declare an incident", body: declareIncidentSchema, status: 201 },
  },
  "/api/incidents/{id}": {
    get: { summary: "An incident with its services and deadlines, checklist (id, done, version) and state" },
    patch: { summary: "Change the severity", body: changeSeveritySchema },
  },
  "/api/incidents/{id}/transitions": { post: { summary: "Move the incident along its path", body: transitionSchema } },
  "/api/incidents/{id}/checklist/{itemId}": {
    patch: { summary: "Tick or untick a step; a stale version is refused with 409", body: setChecklistItemSchema },
  },
  "/api/incidents/{id}/notes": { post: { summary: "Add a note to the timeline", body: addNoteSchema, status: 201 } },
  "/api/incidents/{id}/pins": { post: { summary: "Pin or unpin a timeline event", body: pinEventSchema, status: 201 } },
  "/api/incidents/{id}/services/{key}/restored": {
    post: { summary: "Mark an affected service restored", body: markServiceRestoredSchema },
  },
  "/api/incidents/{id}/status-updates": {
    post: { summary: "Post a status update (internal by default)", body: postStatusUpdateSchema, status: 201 },
  },
  "/api/incidents/{id}/status-updates/draft": {
    post: { summary: "Fill a communication template in for this incident (writes nothing)", body: draftStatusUpdateSchema },
  },
  "/api/status-board": { get: { summary: "The status board: active incidents, every service's health and why, recent outcomes" } },
  "/api/communication-templates": { get: { summary: "The communication templates and the placeholders they may use" } },
  "/api/communication-templates/{id}": { put: { summary: "Rewrite a template (admins)", body: updateTemplateSchema } },
  "/api/subscribers": {
    get: { summary: "Who receives stakeholder and public updates by e-mail (admins)" },
    post: { summary: "Add a subscriber (admins)", body: addSubscriberSchema, status: 201 },
  },
  "/api/subscribers/{id}": { delete: { summary: "Remove a subscriber (admins)", status: 204 } },
  "/status/public.json": { get: { summary: "The public status page as JSON; no sign-in, only what was posted to the public" } },
  "/api/incidents/{id}/roles": { post: { summary: "Assign or hand over a role", body: assignRoleSchema, status: 201 } },
  "/api/incidents/{id}/escalation/pause": { post: { summary: "Pause escalation, with a reason", body: escalationReasonSchema, status: 201 } },
  "/api/incidents/{id}/escalation/resume": { post: { summary: "Resume escalation, with a reason", body: escalationReasonSchema, status: 201 } },
  "/api/incidents/{id}/escalation/escalate": {
    post: { summary: "Escalate to the next level now, with a reason", body: escalationReasonSchema, status: 201 },
  },
  "/api/escalations/{id}/acknowledge": { post: { summary: "Acknowledge a level that fired", status: 201 } },
  "/api/incidents/{id}/join": { post: { summary: "Join the incident as a responder", status: 201 } },
  "/api/incidents/{id}/events": {
    get: { summary: "Timeline events after a sequence number, in order", query: [{ name: "afterSeq", description: "Last seq seen (default 0)" }] },
  },
  "/api/incidents/{id}/review": {
    get: { summary: "The post-incident review: timeline, durations, services against RTO/RPO, criteria, notes, action items" },
    patch: { summary: "Record the meeting time, the agenda's notes or the business impact", body: updateReviewSchema },
  },
  "/api/incidents/{id}/review/criteria/{key}": {
    put: { summary: "Score one of the plan's success criteria (met, not met, or null)", body: scoreCriterionSchema },
  },
  "/api/incidents/{id}/review/impact-start": {
    put: { summary: "Record when the impact began (null to take it back); not after detection", body: recordImpactStartSchema },
  },
  "/api/incidents/{id}/review/services/{key}/data-loss": {
    put: { summary: "Record a service's measured data-loss window", body: recordDataLossSchema },
  },
  "/api/incidents/{id}/review/attendees": { post: { summary: "Add an attendee: a user or a name", body: addAttendeeSchema, status: 201 } },
  "/api/incidents/{id}/review/attendees/{attendeeId}": { delete: { summary: "Remove an attendee" } },
  "/api/incidents/{id}/review/action-items": {
    post: { summary: "Add an action item to the review", body: createActionItemSchema, status: 201 },
  },
  "/api/incidents/{id}/review/export": { get: { summary: "The review as a Markdown file", produces: "text/markdown" } },
  "/api/action-items": {
    get: {
      summary: "Action items from every review and the plan, unfinished and soonest due first",
      query: [
        { name: "owner", description: "A user's id, or the name of an owner who is not a user", type: "string" },
        { name: "status", description: "open, in_progress, done, cancelled, unfinished or overdue", type: "string" },
        { name: "priority", description: "high, medium or low", type: "string" },
      ],
    },
  },
  "/api/action-items/{id}": { patch: { summary: "Change an action item's status, priority, owner, due date or title", body: updateActionItemSchema } },
  "/api/webhooks": {
    get: { summary: "Outgoing webhooks (admins)" },
    post: { summary: "Add a webhook; the answer carries its signing secret (admins)", body: createWebhookSchema, status: 201 },
  },
  "/api/webhooks/{id}/deliveries": { get: { summary: "A webhook's delivery log: every attempt with time and status (admins)" } },
  "/api/metrics": {
    get: { summary: "Recovery metrics (MTTD, MTTR, response time, RTO and RPO achievement, action items): overall, by severity, service and month; drills apart" },
  },
  "/api/notifications": { get: { summary: "Your in-app notifications, newest first, and the unread count" } },
  "/api/notifications/read": { post: { summary: "Mark all your notifications read" } },
  "/api/tokens": {
    get: { summary: "Your active API tokens" },
    post: { summary: "Create an API token (shown once)", body: createTokenSchema, status: 201 },
  },
  "/api/tokens/{id}": { delete: { summary: "Revoke one of your tokens", status: 204 } },
  "/api/health": { get: { summary: "Whether Muster and its database are up" } },
};

export function openApiDocument() {
  const paths = Object.fromEntries(
    Object.entries(PATHS).map(([path, operations]) => {
      const pathParams = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      return [path, Object.fromEntries(Object.entries(operations).map(([method, op]) => [method, operation(op, pathParams)]))];
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
    components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
    security: [{ bearer: [] }],
    paths,
  };
}
