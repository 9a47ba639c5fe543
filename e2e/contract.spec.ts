// The API keeps its documented contract both ways: requests generated from each operation's
// documented request schema (valid ones, and ones mutated off it), sent as an admin and as a viewer
// with bearer tokens, get only documented statuses, never a 500, and every JSON answer fits the
// documented response schema.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { signInThroughApi } from "./fixtures/authentication";
import { arbitrary, type JsonSchema, type OpenApiDocument, type Operation, type Response } from "./fixtures/openapi";
import { declareThroughApi } from "./fixtures/incidents";
import { agendaItemOfOwn, generatedWriteKey } from "./fixtures/plan-items";
import type { Role } from "./fixtures/users";

const VALID_PER_OPERATION = 15;
const MUTATED_PER_OPERATION = 15;
const SEED = 20261201;

type Sent = { path: string; query: Record<string, string>; body?: unknown; mutated: boolean };

/** The ways a request leaves its schema: what a careless or hostile client sends. */
const HOSTILE_VALUES: unknown[] = [
  "nul\u0000byte",
  2 ** 31,
  2 ** 53,
  -1,
  1.5,
  "",
  " ",
  null,
  true,
  [],
  {},
  "0000-01-01T00:00:00Z",
  "275760-09-13T00:00:00Z",
  "12",
  "x".repeat(10_000),
];

/** `randoms` are the numbers that pick the mutation, its value and its target. */
function mutate(valid: Sent, template: string, operation: Operation, fixtures: Fixtures, randoms: number[]): Sent {
  let next = 0;
  const pick = <T>(items: readonly T[]): T => items[randoms[next++ % randoms.length] % items.length];
  const hostile = pick(HOSTILE_VALUES);
  const body = valid.body && typeof valid.body === "object" ? { ...(valid.body as Record<string, unknown>) } : valid.body;
  const schema = operation.requestBody?.content["application/json"].schema;
  const queries = operation.parameters.filter((parameter) => parameter.in === "query");
  const choices: (() => Sent)[] = [];
  const firstParameter = template.match(/\{\w+\}/)?.[0];
  if (firstParameter) {
    // An empty segment would name another route, not this operation with a bad id.
    const path = pathFor(template.replace(firstParameter, encodeURIComponent(String(hostile)) || "%20"), fixtures);
    choices.push(() => ({ ...valid, mutated: true, path }));
  }
  if (schema) {
    const keys = Object.keys(schema.properties ?? {});
    choices.push(
      () => ({ ...valid, mutated: true, body: { ...(body as object), [pick(keys.length ? keys : ["anything"])]: hostile } }),
      () => ({ ...valid, mutated: true, body: { ...(body as object), unknownKey: hostile } }),
      () => ({ ...valid, mutated: true, body: pick([null, [], "text", 12, true]) }),
    );
    if (schema.required?.length) {
      choices.push(() => {
        const without = { ...(body as Record<string, unknown>) };
        delete without[pick(schema.required!)];
        return { ...valid, mutated: true, body: without };
      });
    }
  }
  if (queries.length) {
    choices.push(() => ({ ...valid, mutated: true, query: { ...valid.query, [pick(queries).name]: String(hostile) } }));
  }
  return choices.length ? pick(choices)() : { ...valid, mutated: true };
}

// Writes to the plan's single items, which every spec reads and no generated key can steer away
// from, and the adding and removing of the services, scenarios, contacts and escalation levels
// every spec reads: only a viewer's (refused) attempts are sent here. An admin's answers are
// checked in lib/api-docs/answers.test.ts, and hostile input in the fuzz pass, on a server of its own.
const SHARED_PLAN_WRITES = new Set([
  "patch /api/plan",
  "patch /api/recovery-tiers/{severity}",
  ...["/api/services", "/api/scenarios", "/api/contacts", "/api/escalation-levels"].map((list) => `post ${list}`),
  ...["/api/services/{key}", "/api/scenarios/{key}", "/api/contacts/{id}", "/api/escalation-levels/{id}"].map((item) => `delete ${item}`),
]);

/** Real ids for the path parameters, so generated requests reach past the 404. */
type Fixtures = { incidentId: string; itemId: string; serviceKey: string; templateId: string; agendaKey: string };

function pathFor(template: string, fixtures: Fixtures): string {
  const incident = template.startsWith("/api/incidents/");
  return template
    .replace("{id}", incident ? fixtures.incidentId : template.startsWith("/api/communication-templates/") ? fixtures.templateId : "no-such-id")
    .replace("{itemId}", fixtures.itemId)
    .replace("{key}", template.startsWith("/api/review-agenda/") ? fixtures.agendaKey : (generatedWriteKey(template) ?? fixtures.serviceKey))
    .replace("{attendeeId}", "no-such-attendee")
    .replace("{findingId}", "no-such-finding");
}

function requests(template: string, operation: Operation, fixtures: Fixtures, seed: number): Sent[] {
  const queries = operation.parameters.filter((parameter) => parameter.in === "query");
  const enumerated = operation.parameters.filter((parameter) => parameter.in === "path" && parameter.schema.enum);
  const schema = operation.requestBody?.content["application/json"].schema;
  const request = fc.record({
    query: fc.record(Object.fromEntries(queries.map((parameter) => [parameter.name, arbitrary(parameter.schema).map(String)])), {
      requiredKeys: queries.filter((parameter) => parameter.required).map((parameter) => parameter.name),
    }),
    enumerated: fc.record(Object.fromEntries(enumerated.map((parameter) => [parameter.name, arbitrary(parameter.schema).map(String)]))),
    body: schema ? arbitrary(schema) : fc.constant(undefined),
  });
  const valid = fc.sample(request, { numRuns: VALID_PER_OPERATION, seed }).map(({ query, enumerated: values, body }) => {
    let path = pathFor(template, fixtures);
    for (const [name, value] of Object.entries(values)) path = path.replace(`{${name}}`, value as string);
    return { path, query: query as Record<string, string>, body, mutated: false };
  });
  const picks = fc.sample(fc.array(fc.nat(), { minLength: 4, maxLength: 4 }), { numRuns: MUTATED_PER_OPERATION, seed });
  const mutated = picks.map((choices, index) => mutate(valid[index % valid.length], template, operation, fixtures, choices));
  return [...valid, ...mutated];
}

function resolve(document: OpenApiDocument, response: Response): Response {
  if (!response.$ref) return response;
  return document.components.responses[response.$ref.split("/").pop()!];
}

test("every operation answers only as documented, for an admin and a viewer", async ({ browser, playwright, baseURL }) => {
  test.setTimeout(15 * 60_000);
  const anonymous = await playwright.request.newContext({ baseURL });
  const document: OpenApiDocument = await (await anonymous.get("/api/openapi.json")).json();
  await anonymous.dispose();

  const ajv = new Ajv2020({ strict: false, allErrors: false });
  addFormats(ajv);
  // Shared answers are referred to by the document's own address for them, inside one another too.
  const asDefs = (schema: unknown) => JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', '"muster-components#/$defs/'));
  ajv.addSchema({ $id: "muster-components", $defs: asDefs(document.components.schemas) }, "muster-components");
  const validators = new Map<JsonSchema, ValidateFunction>();
  const validatorFor = (schema: JsonSchema) => {
    if (!validators.has(schema)) validators.set(schema, ajv.compile(asDefs(schema)));
    return validators.get(schema)!;
  };

  const clients = {} as Record<Role, APIRequestContext>;
  for (const role of ["admin", "viewer"] as const) {
    const context = await browser.newContext();
    await signInThroughApi(context, role);
    const created = await context.request.post("/api/tokens", { data: { name: `Contract ${role}` } });
    expect(created.status()).toBe(201);
    const { token } = await created.json();
    await context.close();
    clients[role] = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  }
  const incident = await declareThroughApi(clients.admin, {
    title: "Contract pass: core API down",
    scenarioKey: "application-server-failure",
    services: [{ key: "core-api", impact: "down" }],
  });
  const detail = await (await clients.admin.get(`/api/incidents/${incident.id}`)).json();
  // A template and an agenda item of the pass's own: the generated writes rewrite them, and remove them.
  const template = await clients.admin.post("/api/communication-templates", {
    data: { name: "Contract pass", audience: "internal", subject: "{{incident.title}}", body: "{{incident.state}}" },
  });
  expect(template.status()).toBe(201);
  const fixtures: Fixtures = {
    incidentId: incident.id,
    itemId: detail.checklist[0].id,
    serviceKey: "core-api",
    templateId: (await template.json()).id,
    agendaKey: await agendaItemOfOwn(clients.admin, "Contract pass"),
  };

  const counts: Record<string, number> = {};
  const problems: string[] = [];
  const refusedValid: string[] = [];
  for (const role of ["viewer", "admin"] as const) {
    for (const [template, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        if (role === "admin" && SHARED_PLAN_WRITES.has(`${method} ${template}`)) continue;
        for (const sent of requests(template, operation, fixtures, SEED + template.length)) {
          const url = `${sent.path}${Object.keys(sent.query).length ? `?${new URLSearchParams(sent.query)}` : ""}`;
          const answer = await clients[role].fetch(url, {
            method: method.toUpperCase(),
            ...(sent.body !== undefined && { data: sent.body }),
          });
          const status = answer.status();
          counts[status] = (counts[status] ?? 0) + 1;
          const what = `${role} ${method.toUpperCase()} ${url.slice(0, 120)} ${JSON.stringify(sent.body)?.slice(0, 160) ?? ""} → ${status}`;
          const documented = operation.responses[status];
          if (status >= 500 && status !== 503) {
            problems.push(`${what}: ${(await answer.text()).slice(0, 160)}`);
            continue;
          }
          if (!documented) {
            problems.push(`${what}: not a documented status (${Object.keys(operation.responses).join(", ")})`);
            continue;
          }
          if (!sent.mutated && status === 400) refusedValid.push(`${what}: ${(await answer.text()).slice(0, 160)}`);
          const schema = resolve(document, documented).content?.["application/json"]?.schema;
          const contentType = answer.headers()["content-type"] ?? "";
          if (schema && contentType.includes("application/json")) {
            const validate = validatorFor(schema);
            if (!validate(await answer.json())) problems.push(`${what}: off its schema: ${ajv.errorsText(validate.errors)}`);
          }
        }
      }
    }
  }
  for (const client of Object.values(clients)) await client.dispose();

  console.log(`contract: answers by status ${JSON.stringify(counts)}`);
  console.log(`contract: ${refusedValid.length} schema-valid requests refused with 400\n${refusedValid.slice(0, 40).join("\n")}`);
  console.log(`contract: ${problems.length} problems\n${problems.join("\n")}`);
  expect(problems).toEqual([]);
});
