import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "./fixtures/authentication";
import { declareThroughApi } from "./fixtures/incidents";

type Received = { path: string; body: Record<string, unknown>; signed: boolean };

/** A chat platform's incoming webhook, as a local server this spec starts (loopback is allowed for the e2e server). */
async function startReceiver(): Promise<{ server: Server; url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      received.push({ path: request.url ?? "", body: JSON.parse(body), signed: "muster-signature" in request.headers });
      response.writeHead(200).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/services/T000/B000/slack`, received };
}

test("an admin adds a Slack destination, sends it a test message, and the receiver and the delivery log show it", async ({ signedInAs }) => {
  const receiver = await startReceiver();
  try {
    const admin = await signedInAs("admin");
    await admin.goto("/settings#webhooks");
    const name = `#incidents ${Date.now()}`;
    const form = admin.getByRole("form", { name: "Add a webhook or chat destination" });
    await form.getByLabel("Platform").selectOption("slack");
    await form.getByLabel("Destination name").fill(name);
    await form.getByLabel("URL").fill(receiver.url);
    // A chat destination must pick what it hears: none ticked is refused beside the events, in words.
    await form.getByRole("button", { name: "Add destination" }).click();
    await expect(form.getByRole("group", { name: "Events it receives" })).toContainText("The events must name at least one kind of event a chat destination receives.");
    await form.getByLabel("Escalated").check();
    await form.getByLabel("Status update to the team or stakeholders").check();
    await form.getByRole("button", { name: "Add destination" }).click();

    const row = admin.getByRole("listitem", { name });
    await expect(row).toContainText("Slack");
    await expect(row).toContainText("Receives: Escalated · Status update to the team or stakeholders");
    // Chat platforms read no signature: no secret is shown for one.
    await expect(admin.getByTestId("new-webhook-secret")).toHaveCount(0);

    await row.getByRole("button", { name: "Send test message" }).click();
    await expect(row.getByRole("status")).toContainText("Test message queued");
    // Other specs' incidents escalate meanwhile, and this destination hears of those too: the test message is the one asked for.
    const testMessages = () => receiver.received.filter(({ body }) => String(body.text).includes("Test message from Muster"));
    await expect.poll(() => testMessages().length, { timeout: 30_000 }).toBe(1);
    const [{ path, body, signed }] = testMessages();
    expect(path).toBe("/services/T000/B000/slack");
    expect(receiver.received.every((request) => !request.signed)).toBe(true);
    expect(signed).toBe(false);
    expect(body.blocks).toEqual(expect.arrayContaining([expect.objectContaining({ type: "header" }), expect.objectContaining({ type: "actions" })]));

    const log = row.getByRole("table");
    await expect(log).toBeVisible();
    const attempt = log.getByRole("row").filter({ hasText: "test" });
    await expect(attempt).toContainText("200", { timeout: 15_000 });
    await expect(attempt).toContainText("Delivered");
  } finally {
    receiver.server.close();
  }
});

test("the commander sets the conference bridge and it shows at the top of the war room; a link that is not one is refused", async ({ signedInAs }) => {
  const commander = await signedInAs("commander");
  const incident = await declareThroughApi(commander.request, { title: `Bridge call ${Date.now()}`, services: [{ key: "core-api", impact: "down" }] });
  await commander.goto(`/incidents/${incident.id}`);
  await expect(commander.getByRole("link", { name: /Join the bridge/ })).toHaveCount(0);

  await commander.getByRole("button", { name: "Edit details" }).click();
  const details = commander.getByRole("form", { name: "Edit the incident's details" });
  await details.getByLabel("Conference bridge").fill("meet.example.com/incident");
  await details.getByRole("button", { name: "Save details" }).click();
  await expect(details.getByLabel("Conference bridge")).toHaveAttribute("aria-invalid", "true");
  await expect(details.getByLabel("Conference bridge")).toHaveAccessibleDescription(/The bridge link must be an http:\/\/ or https:\/\/ URL\.$/);
  expect((await (await commander.request.get(`/api/incidents/${incident.id}`)).json()).bridgeUrl).toBeNull();

  await details.getByLabel("Conference bridge").fill("https://meet.example.com/incident-bridge");
  await details.getByRole("button", { name: "Save details" }).click();
  const header = commander.locator("header", { has: commander.getByRole("heading", { level: 1 }) });
  const bridge = header.getByRole("link", { name: /Join the bridge/ });
  await expect(bridge).toHaveAttribute("href", "https://meet.example.com/incident-bridge");
  await expect(commander.getByRole("main")).toContainText("Bridge https://meet.example.com/incident-bridge");

  // Everyone in the war room sees it, a viewer too.
  const viewer = await signedInAs("viewer");
  await viewer.goto(`/incidents/${incident.id}`);
  await expect(viewer.getByRole("link", { name: /Join the bridge/ })).toHaveAttribute("href", "https://meet.example.com/incident-bridge");
});
