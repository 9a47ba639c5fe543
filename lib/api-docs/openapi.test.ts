import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api-docs/openapi";
import { API_ROUTES } from "@/lib/http/api-routes";

// next-auth's sign-in, callback and session requests are its own, not Muster's API.
const NOT_DOCUMENTED = ["/api/auth/{nextauth*}"];
type DocumentedAnswer = { $ref?: string; content?: Record<string, { schema: Record<string, unknown> }> };
type DocumentedOperation = { operationId: string; security?: unknown[]; responses: Record<string, DocumentedAnswer> };

describe("the OpenAPI document", () => {
  const document = openApiDocument();
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods as Record<string, DocumentedOperation>).map(([method, operation]) => ({ path, method, operation })),
  );

  it("documents every route and method of API_ROUTES, and nothing else", () => {
    const served = Object.entries(API_ROUTES)
      .filter(([template]) => !NOT_DOCUMENTED.includes(template))
      .flatMap(([template, methods]) => methods.map((method) => `${method} ${template}`));
    expect(operations.map(({ path, method }) => `${method.toUpperCase()} ${path}`).sort()).toEqual(served.sort());
  });

  it("names every operation once", () => {
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("asks no credentials of the public routes only", () => {
    const open = operations.filter(({ operation }) => operation.security?.length === 0).map(({ method, path }) => `${method} ${path}`);
    expect(open.sort()).toEqual(
      [
        "get /api/calendar.ics",
        "get /api/escalations/{id}/email-acknowledgement",
        "post /api/escalations/{id}/email-acknowledgement",
        "get /api/health",
        "get /api/openapi.json",
        "get /api/plan/schema.json",
        "post /api/invitations/accept",
        "get /serwist/{path}",
        "get /status/public.atom",
        "get /status/public.json",
      ].sort(),
    );
    expect(document.security).toEqual([{ bearer: [] }, { cookie: [] }]);
  });

  it("answers every signed-in operation's refusals with the error schema", () => {
    for (const { path, method, operation } of operations.filter(({ operation }) => operation.security === undefined)) {
      expect(operation.responses[401], `${method} ${path}`).toEqual({ $ref: "#/components/responses/Unauthenticated" });
      expect(operation.responses[503], `${method} ${path}`).toEqual({ $ref: "#/components/responses/Unavailable" });
    }
  });

  const schemaOf = (schema: Record<string, unknown>) =>
    typeof schema.$ref === "string" ? (document.components.schemas as Record<string, Record<string, unknown>>)[schema.$ref.split("/").pop()!] : schema;

  it("gives every JSON answer its schema, from the presenters", () => {
    for (const { path, method, operation } of operations) {
      const [status, success] = Object.entries(operation.responses).find(([code]) => code.startsWith("2"))!;
      const json = success.content?.["application/json"];
      if (status === "204" || (success.content && !json)) continue;
      // An object, a list, or one of several shapes (a timeline event, by its type).
      const schema = json && schemaOf(json.schema);
      expect(schema?.type ?? schema?.oneOf, `${method} ${path}`).toBeDefined();
    }
  });

  it("writes an answer's dates as ISO 8601 strings", () => {
    const detail = schemaOf(operations.find(({ operation }) => operation.operationId === "getIncident")!.operation.responses[200].content!["application/json"].schema);
    const properties = detail.properties as Record<string, unknown>;
    expect(properties.detectedAt).toEqual({ type: "string", format: "date-time" });
    expect(properties.resolvedAt).toEqual({ anyOf: [{ type: "string", format: "date-time" }, { type: "null" }] });
  });
});
