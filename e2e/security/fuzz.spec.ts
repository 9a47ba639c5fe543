// A fuzz pass over every JSON write route of API_ROUTES (its body schema read from the OpenAPI
// document) and every socket command: each hostile value in every field of a minimal valid body, in
// every path id and as the whole body. No answer is a 500, a body over the limit is a 413, and a
// refused request leaves every table of the database exactly as it was.
import { expect, test, type APIRequestContext } from "@playwright/test";
import fc from "fast-check";
import { API_ROUTES } from "../../lib/http/api-routes";
import type { ClientToServerEvents, SessionInfo } from "../../lib/realtime/events";
import { signInThroughApi } from "../fixtures/authentication";
import { declareThroughApi } from "../fixtures/incidents";
import { agendaItemOfOwn, generatedWriteKey } from "../fixtures/plan-items";
import { arbitrary, dereference, type JsonSchema, type OpenApiDocument, type Operation } from "../fixtures/openapi";
import { socketAs } from "../fixtures/socket";
import { connectToFuzzDatabase, differences, fingerprint, fingerprintQuery, type Fingerprint } from "./fuzz-database";

const SEED = 20261202;
const MIB = 1024 * 1024;
// The scheduler's pass runs every 5 s: the database has settled when a longer wait changes nothing.
const LONGER_THAN_A_SCHEDULER_PASS_MS = 6_000;

/** What a careless or hostile client puts in a field or a path id. */
const HOSTILE_VALUES: Record<string, unknown> = {
  "a NUL byte": "nul\u0000byte",
  "2^31": 2 ** 31,
  "2^53": 2 ** 53,
  "-1": -1,
  "1.5": 1.5,
  "year 0": "0000-01-01T00:00:00Z",
  "year 275760": "275760-09-13T00:00:00Z",
  "the day in year 0": "0000-01-01",
  null: null,
  true: true,
  "[]": [],
  "{}": {},
  "a 2 MiB string": "x".repeat(2 * MIB),
};

/** Write routes that read no JSON body: their path ids are still fuzzed where they have any. */
const NO_JSON_BODY: Record<string, string> = {
  "POST /api/auth/{nextauth*}": "next-auth's own form posts (sign-in, sign-out), checked by next-auth: not fuzzed",
  "POST /api/escalations/{id}/email-acknowledgement": "a form posted from the e-mail's page, checked by its signed link: not fuzzed",
  "POST /api/plan/reviews": "records a review of the plan; it takes no input at all",
  "POST /api/incidents/{id}/join": "the caller joins; only the path names what",
  "POST /api/escalations/{id}/acknowledge": "the caller acknowledges; only the path names what",
  "POST /api/notifications/read": "marks the caller's notifications read; it takes no input at all",
  "POST /api/calendar/feed": "makes the caller a new calendar address; it takes no input at all",
  "DELETE /api/communication-templates/{id}": "only the path names what is removed",
  "DELETE /api/contacts/{id}": "only the path names what is removed",
  "DELETE /api/escalation-levels/{id}": "only the path names what is removed",
  "DELETE /api/scenarios/{key}": "only the path names what is removed",
  "DELETE /api/services/{key}": "only the path names what is removed",
  "DELETE /api/reporting-obligations/{key}": "only the path names what is removed",
  "DELETE /api/review-agenda/{key}": "only the path names what is removed",
  "DELETE /api/subscribers/{id}": "only the path names what is removed",
  "DELETE /api/webhooks/{id}": "only the path names what is removed",
  "POST /api/webhooks/{id}/test": "only the path names the destination a test message goes to",
  "DELETE /api/incidents/{id}/review/attendees/{attendeeId}": "only the path names what is removed",
  "DELETE /api/incidents/{id}/review/findings/{findingId}": "only the path names what is removed",
  "DELETE /api/tokens/{id}": "only the path names what is revoked",
  "DELETE /api/runbooks/{key}/phases/{phaseKey}": "only the path names what is removed",
  "DELETE /api/runbooks/{key}/steps/{id}": "only the path names what is removed",
  "DELETE /api/incidents/{id}/roles/{assignmentId}": "only the path names the role that ends",
  "DELETE /api/incidents/{id}/services/{key}": "only the path names the service removed",
  "DELETE /api/incidents/{id}/services/{key}/restored": "only the path names the restore undone",
};
const NOT_FUZZED = new Set(["POST /api/auth/{nextauth*}", "POST /api/escalations/{id}/email-acknowledgement"]);

type SocketCommand = {
  /** The payload's valid fields; null for a command that takes none (a hostile value is sent instead). */
  payload: (real: RealValues) => Record<string, unknown> | null;
  /** Whether the server answers it with an ack. */
  acked: boolean;
};

// Every command of ClientToServerEvents: a new one without an entry here does not compile.
const SOCKET_COMMANDS = {
  "incident:join": { payload: (real) => ({ incidentId: real.activeIncidentId, afterSeq: 0 }), acked: true },
  "incident:leave": { payload: (real) => ({ incidentId: real.activeIncidentId }), acked: false },
  "board:join": { payload: () => null, acked: true },
  "board:leave": { payload: () => null, acked: false },
  "checklist:set": {
    payload: (real) => ({ incidentId: real.activeIncidentId, itemId: real.itemId, done: true, version: real.itemVersion }),
    acked: true,
  },
  "session:whoami": { payload: () => null, acked: true },
} satisfies Record<keyof ClientToServerEvents, SocketCommand>;

/** Real rows, so a request gets past "not found" to the check of the value it carries. */
type RealValues = {
  activeIncidentId: string;
  resolvedIncidentId: string;
  /** Declaring an incident in error ends it: that write gets an incident of its own. */
  endableIncidentId: string;
  itemId: string;
  itemVersion: number;
  serviceKey: string;
  templateId: string;
  criterionKey: string;
  agendaKey: string;
  actionItemId: string;
  userId: string;
  runbookKey: string;
  phaseKey: string;
  stepId: string;
};

/** A valid value by field name, where the schema alone cannot make one that names a real row. */
function realField(name: string, real: RealValues): unknown {
  const values: Record<string, unknown> = {
    userId: real.userId,
    ownerId: real.userId,
    templateId: real.templateId,
    key: real.serviceKey,
    version: real.itemVersion,
    seq: 1,
    email: "fuzz.subscriber@example.com",
    url: "https://example.com/muster-hook",
  };
  return values[name];
}

/** Fields a body needs beyond its required ones, by rules the JSON Schema cannot carry (zod's refine). */
const BODY_COMPLETIONS: Record<string, Record<string, unknown>> = {
  // An action item names an owner: a user, or a name typed in.
  "POST /api/incidents/{id}/review/action-items": { ownerName: "DevOps Lead" },
  // A run names a real check and class, at a time already past; a failed one needs no restore point.
  "POST /api/backups/verifications": { check: "monthly-dr-simulation", dataClass: "configuration", performedAt: "2026-11-01T09:30:00Z", succeeded: false },
  // A phone number, which a value generated from the pattern's characters need not be.
  "POST /api/contacts": { phone: "+44 20 7946 0000" },
};

/** A path parameter's real value: the incidents' reviews are on the resolved incident. */
function realParameter(template: string, name: string, operation: Operation | undefined, real: RealValues): string {
  const enumerated = operation?.parameters.find((parameter) => parameter.name === name)?.schema.enum;
  if (enumerated) return String(enumerated[0]);
  if (name === "id") {
    if (template.startsWith("/api/incidents/{id}/review")) return real.resolvedIncidentId;
    if (template === "/api/incidents/{id}/declared-in-error") return real.endableIncidentId;
    if (template.startsWith("/api/incidents/")) return real.activeIncidentId;
    if (template.startsWith("/api/communication-templates/")) return real.templateId;
    if (template.startsWith("/api/action-items/")) return real.actionItemId;
    if (template.startsWith("/api/runbooks/")) return real.stepId;
    return "no-such-id";
  }
  if (name === "itemId") return real.itemId;
  if (name === "key") {
    if (template.startsWith("/api/review-agenda/")) return real.agendaKey;
    if (template.startsWith("/api/runbooks/")) return real.runbookKey;
    return generatedWriteKey(template) ?? (template.includes("/criteria/") ? real.criterionKey : real.serviceKey);
  }
  if (name === "phaseKey") return real.phaseKey;
  if (name === "attendeeId") return "no-such-attendee";
  if (name === "findingId") return "no-such-finding";
  if (name === "assignmentId") return "no-such-assignment";
  throw new Error(`The fuzz pass has no real value for {${name}} in ${template}: give it one.`);
}

/** A body with the schema's required fields only, each valid. */
function minimalBody(schema: JsonSchema, real: RealValues): unknown {
  const required = schema.required ?? [];
  const value = (name: string, field: JsonSchema): unknown => {
    const known = realField(name, real);
    if (known !== undefined) return known;
    if (field.type === "array" && field.items?.type === "object") return [minimalBody(field.items, real)];
    return fc.sample(arbitrary(field), { numRuns: 1, seed: SEED })[0];
  };
  return Object.fromEntries(required.map((name) => [name, value(name, schema.properties![name])]));
}

/**
 * Every field a hostile value goes into, as its path: nested ones inside a list's first entry, for
 * the lists the minimal body has (its required ones; the plan's optional lists are left out whole).
 */
function fieldPaths(schema: JsonSchema, prefix: (string | number)[] = []): (string | number)[][] {
  return Object.entries(schema.properties ?? {}).flatMap(([name, field]) => [
    [...prefix, name],
    ...(field.type === "array" && field.items?.type === "object" && schema.required?.includes(name) ? fieldPaths(field.items, [...prefix, name, 0]) : []),
  ]);
}

function withValue(body: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(body) as Record<string | number, unknown>;
  let target = copy;
  for (const step of path.slice(0, -1)) target = target[step] as Record<string | number, unknown>;
  target[path.at(-1)!] = value;
  return copy;
}

type Probe = { route: string; what: string; path: string; body?: unknown; field?: string };

function probesFor(template: string, method: string, operation: Operation | undefined, document: OpenApiDocument, real: RealValues): Probe[] {
  const route = `${method} ${template}`;
  const parameters = [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
  const pathWith = (override: Record<string, string> = {}) =>
    parameters.reduce((path, name) => path.replace(`{${name}}`, override[name] ?? encodeURIComponent(realParameter(template, name, operation, real))), template);
  const rawSchema = operation?.requestBody?.content["application/json"].schema;
  const schema = rawSchema && dereference(document, rawSchema);
  const valid = schema ? { ...(minimalBody(schema, real) as object), ...BODY_COMPLETIONS[route] } : undefined;
  const probes: Probe[] = [];
  for (const name of parameters) {
    for (const [what, value] of Object.entries(HOSTILE_VALUES)) {
      // Node's HTTP server ends a request whose head passes 16 KiB before Muster sees it.
      if (what === "a 2 MiB string") continue;
      // An empty segment would name another route, not this one with a bad id.
      const segment = encodeURIComponent(String(value)) || "%20";
      probes.push({ route, what: `${what} in {${name}}`, path: pathWith({ [name]: segment }), body: valid });
    }
  }
  if (!schema) return probes;
  for (const field of fieldPaths(schema)) {
    for (const [what, value] of Object.entries(HOSTILE_VALUES)) {
      probes.push({ route, what: `${what} in ${field.join(".")}`, path: pathWith(), body: withValue(valid, field, value), field: field.join(".") });
    }
  }
  probes.push(
    { route, what: "an unknown key", path: pathWith(), body: { ...(valid as object), unknownKey: "x" } },
    { route, what: "a body that is null", path: pathWith(), body: null },
    { route, what: "a body that is a list", path: pathWith(), body: [valid] },
    { route, what: "a body that is a string", path: pathWith(), body: "text" },
    { route, what: "a body just over 1 MiB", path: pathWith(), body: "x".repeat(MIB) },
  );
  return probes;
}

/** The database settles: everything the scheduler had due is done (a wait, never an assertion). */
async function settled(read: () => Promise<Fingerprint>): Promise<Fingerprint> {
  let last = await read();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, LONGER_THAN_A_SCHEDULER_PASS_MS));
    const next = await read();
    if (!differences(last, next).length) return next;
    last = next;
  }
}

async function realValues(request: APIRequestContext, whoami: () => Promise<SessionInfo>): Promise<RealValues> {
  const active = await declareThroughApi(request, {
    title: "Fuzz pass: core API down",
    scenarioKey: "application-server-failure",
    services: [{ key: "core-api", impact: "down" }],
  });
  // Nothing of this incident may fall due while the pass runs: its later escalation levels are
  // paused (the first, due at once, fires or not, and the wait for the database to settle covers it).
  const paused = await request.post(`/api/incidents/${active.id}/escalation/pause`, { data: { reason: "Held still for the fuzz pass" } });
  expect(paused.status(), "pause the active incident's escalation").toBe(201);
  const resolved = await declareThroughApi(request, { title: "Fuzz pass: reviewed outage", services: [{ key: "core-api", impact: "down" }] });
  for (const to of ["assessing", "dr_activated", "recovering", "monitoring", "validating", "resolved"]) {
    expect((await request.post(`/api/incidents/${resolved.id}/transitions`, { data: { to } })).status(), `move to ${to}`).toBe(200);
  }
  const endable = await declareThroughApi(request, { title: "Fuzz pass: declared by mistake", services: [{ key: "core-api", impact: "degraded" }] });
  expect((await request.post(`/api/incidents/${endable.id}/escalation/pause`, { data: { reason: "Held still for the fuzz pass" } })).status()).toBe(201);
  const detail = await (await request.get(`/api/incidents/${active.id}`)).json();
  const review = await (await request.get(`/api/incidents/${resolved.id}/review`)).json();
  const actionItem = await request.post(`/api/incidents/${resolved.id}/review/action-items`, {
    data: { title: "Fuzz pass action item", ...BODY_COMPLETIONS["POST /api/incidents/{id}/review/action-items"] },
  });
  expect(actionItem.status()).toBe(201);
  const templates = await (await request.get("/api/communication-templates")).json();
  // A test procedure: no declaration of the pass brings its steps into a checklist.
  const runbook = await (await request.get("/api/runbooks/monthly-database-recovery-test")).json();
  return {
    activeIncidentId: active.id,
    resolvedIncidentId: resolved.id,
    endableIncidentId: endable.id,
    itemId: detail.checklist[0].id,
    itemVersion: detail.checklist[0].version,
    serviceKey: "core-api",
    templateId: templates.templates[0].id,
    criterionKey: review.review.criteria[0].key,
    agendaKey: await agendaItemOfOwn(request, "Fuzz pass"),
    actionItemId: (await actionItem.json()).id,
    userId: (await whoami()).id,
    runbookKey: runbook.key,
    phaseKey: runbook.phases[0].key,
    stepId: runbook.phases[0].steps[0].id,
  };
}

test("no hostile value in a JSON write or a socket command is a 500, and no refused one changes the database", async ({ browser, baseURL }) => {
  test.setTimeout(15 * 60_000);
  const admin = await browser.newContext();
  await signInThroughApi(admin, "admin");
  const document: OpenApiDocument = await (await admin.request.get("/api/openapi.json")).json();
  const database = await connectToFuzzDatabase();
  const query = await fingerprintQuery(database);
  const read = () => fingerprint(database, query);

  let socket = await socketAs(admin, baseURL!);
  type RawSocket = { emit: (event: string, ...args: unknown[]) => void; once: (event: string, listener: () => void) => void; connected: boolean };
  const raw = () => socket as unknown as RawSocket;
  const whoami = () => new Promise<SessionInfo>((resolve) => socket.emit("session:whoami", resolve));
  const real = await realValues(admin.request, whoami);

  // Coverage: every write of API_ROUTES is fuzzed by its documented body, or said to take none.
  const writes = Object.entries(API_ROUTES).flatMap(([template, methods]) =>
    methods.filter((method) => method !== "GET").map((method) => ({ template, method, operation: document.paths[template]?.[method.toLowerCase()] })),
  );
  const uncovered = writes.filter(({ template, method, operation }) => !operation?.requestBody && !NO_JSON_BODY[`${method} ${template}`]);
  const staleListings = Object.keys(NO_JSON_BODY).filter(
    (route) => !writes.some(({ template, method, operation }) => `${method} ${template}` === route && !operation?.requestBody),
  );
  const documentedBodies = Object.entries(document.paths).flatMap(([template, operations]) =>
    Object.entries(operations).filter(([, operation]) => operation.requestBody).map(([method]) => `${method.toUpperCase()} ${template}`),
  );
  const unreachable = documentedBodies.filter((route) => !writes.some(({ template, method }) => `${method} ${template}` === route));
  expect(uncovered.map(({ template, method }) => `${method} ${template}`), "write routes neither fuzzed nor listed as taking no JSON body").toEqual([]);
  expect(staleListings, "listed as taking no JSON body, but not such a write route").toEqual([]);
  expect(unreachable, "documented bodies of no write route in API_ROUTES").toEqual([]);

  const probes = writes
    .filter(({ template, method }) => !NOT_FUZZED.has(`${method} ${template}`))
    .flatMap(({ template, method, operation }) => probesFor(template, method, operation, document, real).map((probe) => ({ ...probe, method })));
  const bodyRoutes = new Set(writes.filter(({ operation }) => operation?.requestBody).map(({ template, method }) => `${method} ${template}`));

  const limit = Number(/(\d+) MiB/.exec(JSON.stringify(document.components.responses.TooLarge))?.[1]) * MIB;
  expect(limit, "the documented body limit").toBeGreaterThan(0);

  const counts: Record<string, number> = {};
  const problems: string[] = [];
  const accepted: string[] = [];
  const fieldsRefusedByName = new Map<string, Set<string>>();
  let before = await settled(read);

  for (const probe of probes) {
    const data = probe.body === undefined ? undefined : JSON.stringify(probe.body);
    const answer = await admin.request.fetch(probe.path, {
      method: probe.method,
      ...(data !== undefined && { data, headers: { "content-type": "application/json" } }),
    });
    const status = answer.status();
    counts[status] = (counts[status] ?? 0) + 1;
    const what = `${probe.route} with ${probe.what} → ${status}`;
    // The whole answer is read for its field (a refused plan import lists every problem); 200 characters are shown.
    const answerText = status >= 400 ? await answer.text() : "";
    const text = answerText.slice(0, 200);
    if (status >= 500) problems.push(`${what}: ${text}`);
    if (data !== undefined && Buffer.byteLength(data) > limit && status !== 413) problems.push(`${what}: a body over ${limit} bytes, not refused with 413`);
    const after = await read();
    if (status >= 400) {
      const changed = differences(before, after);
      if (changed.length) problems.push(`${what} changed the database: ${changed.join("; ")}`);
      if (status === 400 && probe.field) {
        const field = (JSON.parse(answerText) as { field?: string }).field;
        if (field === probe.field) fieldsRefusedByName.set(probe.route, (fieldsRefusedByName.get(probe.route) ?? new Set()).add(field));
      }
      before = after;
    } else {
      accepted.push(what);
      // A declaration puts its first escalation level due at once: the scheduler fires it next pass.
      const declared = before.IncidentEscalation?.split(":")[0] !== after.IncidentEscalation?.split(":")[0];
      before = declared ? await settled(read) : after;
    }
  }

  // Every body route's validation was reached, field by field: real ids got each probe past 404.
  for (const route of bodyRoutes) {
    const { template, method, operation } = writes.find((write) => `${write.method} ${write.template}` === route)!;
    const schema = dereference(document, operation!.requestBody!.content["application/json"].schema);
    const unreached = fieldPaths(schema).map((path) => path.join(".")).filter((field) => !fieldsRefusedByName.get(`${method} ${template}`)?.has(field));
    if (unreached.length) problems.push(`${route}: no hostile value was refused naming ${unreached.join(", ")}`);
  }

  // Socket commands: each hostile value in each payload field, as the whole payload, and beside it.
  let socketCommands = 0;
  const send = async (event: string, args: unknown[], acked: boolean): Promise<string> => {
    socketCommands++;
    const current = raw();
    const disconnected = new Promise<string>((resolve) => current.once("disconnect", () => resolve("disconnected")));
    const answered = acked
      ? new Promise<string>((resolve) => current.emit(event, ...args, (reply: { ok?: boolean; status?: number }) => resolve(reply?.ok === false ? String(reply.status) : "200")))
      : (current.emit(event, ...args), whoami().then(() => "no answer"));
    const outcome = await Promise.race([answered, disconnected]);
    if (outcome === "disconnected") socket = await socketAs(admin, baseURL!);
    return outcome;
  };
  for (const [event, command] of Object.entries(SOCKET_COMMANDS) as [keyof ClientToServerEvents, SocketCommand][]) {
    const valid = command.payload(real);
    const variants: [string, unknown[]][] = [];
    for (const [what, value] of Object.entries(HOSTILE_VALUES)) {
      if (valid) for (const field of Object.keys(valid)) variants.push([`${what} in ${field}`, [{ ...valid, [field]: value }]]);
      variants.push([`${what} as the payload`, [value]]);
    }
    if (valid) variants.push(["an unknown key", [{ ...valid, unknownKey: "x" }]]);
    for (const [what, args] of variants) {
      // A payload-less command's hostile value takes the place of its ack; the ack follows it.
      const outcome = await send(event, args, command.acked && valid !== null);
      const key = `socket ${outcome}`;
      counts[key] = (counts[key] ?? 0) + 1;
      const after = await read();
      if (Number(outcome) >= 500) problems.push(`${event} with ${what} → ${outcome}`);
      if (outcome !== "200") {
        const changed = differences(before, after);
        if (changed.length) problems.push(`${event} with ${what} → ${outcome} changed the database: ${changed.join("; ")}`);
      } else {
        accepted.push(`${event} with ${what} → ${outcome}`);
      }
      before = after;
    }
  }
  socket.disconnect();
  await database.end();
  await admin.close();

  console.log(`fuzz: ${probes.length} requests, ${socketCommands} socket commands, answers by status ${JSON.stringify(counts)}`);
  console.log(`fuzz: ${accepted.length} accepted\n${accepted.join("\n")}`);
  console.log(`fuzz: ${problems.length} problems\n${problems.join("\n")}`);
  expect(problems).toEqual([]);
});
