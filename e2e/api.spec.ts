import { expect, test } from "./fixtures/authentication";

test("a token made in settings drives the API with its owner's role, until it is revoked", async ({ signedInAs, playwright, baseURL }) => {
  const commander = await signedInAs("commander");
  await commander.goto("/settings");
  await commander.getByLabel("Token name").fill("Monitoring");
  await commander.getByRole("button", { name: "Create token" }).click();
  const token = (await commander.getByTestId("new-token").textContent())!.trim();
  expect(token).toMatch(/^mst_/);

  const monitoring = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  const services = await (await monitoring.get("/api/services")).json();
  expect(services.find((service: { key: string }) => service.key === "core-api")).toMatchObject({ priority: 1, rtoMinutes: 60 });

  const declared = await monitoring.post("/api/incidents", {
    data: { title: "Core API health checks failing", scenarioKey: "application-server-failure", services: [{ key: "core-api", impact: "down" }] },
  });
  expect(declared.status()).toBe(201);
  const incident = await declared.json();
  expect(incident).toMatchObject({ severity: "critical", state: "detected", services: [{ key: "core-api", impact: "down" }] });
  expect(incident.checklist.length).toBeGreaterThan(0);
  expect(incident.checklist[0]).toMatchObject({ done: false, version: 1 });

  const bad = await monitoring.post("/api/incidents", { data: { title: "x", services: [{ key: "core-api", impact: "down" }] } });
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toMatchObject({ field: "title" });

  const illegal = await monitoring.post(`/api/incidents/${incident.id}/transitions`, { data: { to: "closed" } });
  expect(illegal.status()).toBe(409);
  // The escalation scheduler may fire level 1 meanwhile; what matters is that the refused transition wrote nothing.
  const events = await (await monitoring.get(`/api/incidents/${incident.id}/events?afterSeq=0`)).json();
  expect(events.filter((event: { type: string }) => !event.type.startsWith("escalation."))).toMatchObject([{ seq: 1, type: "incident.declared" }]);
  expect(await (await monitoring.get(`/api/incidents/${incident.id}`)).json()).toMatchObject({ state: "detected" });

  await commander.reload();
  await commander.getByRole("button", { name: "Revoke Monitoring" }).click();
  await expect(commander.getByRole("button", { name: "Revoke Monitoring" })).toHaveCount(0);
  expect((await monitoring.get("/api/services")).status()).toBe(401);
  await monitoring.dispose();
});

test("the OpenAPI document describes the incident API", async ({ request }) => {
  const document = await (await request.get("/api/openapi.json")).json();
  expect(document.openapi).toBe("3.1.0");
  expect(Object.keys(document.paths)).toEqual(
    expect.arrayContaining(["/api/incidents", "/api/incidents/{id}/checklist/{itemId}", "/api/incidents/{id}/events"]),
  );
  const declare = document.paths["/api/incidents"].post.requestBody.content["application/json"].schema;
  expect(declare.required).toEqual(expect.arrayContaining(["title", "services"]));
});
