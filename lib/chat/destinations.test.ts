import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { WebhookFormat } from "@/lib/generated/prisma/enums";
import { escalateNow } from "@/lib/escalation/mutations";
import { editIncidentDetails } from "@/lib/incidents/edit-mutations";
import { changeSeverity, declareIncident } from "@/lib/incidents/mutations";
import { deliverDueMessages } from "@/lib/outbound/mutations";
import { postStatusUpdate } from "@/lib/status-updates/mutations";
import { createWebhook, deleteWebhook, sendTestMessage, updateWebhook } from "@/lib/webhooks/mutations";
import { PLATFORM_SCHEMAS } from "@/test/chat-platform-schemas";
import { demoUser } from "@/test/users";
import { SECOND_MS } from "@/lib/format";

type Received = { path: string; body: string; signed: boolean };
let receiver: Server;
let base = "";
const received: Received[] = [];
/** What the receiver answers, by path, in turn; 200 once a path's list runs out. */
const answers: Record<string, number[]> = {};

beforeAll(async () => {
  receiver = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      const path = request.url ?? "";
      received.push({ path, body, signed: "muster-signature" in request.headers });
      response.writeHead(answers[path]?.shift() ?? 200).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  process.env.NEXTAUTH_URL = "http://muster.test";
});

afterAll(() => receiver.close());

beforeEach(async () => {
  // The receiver is on loopback, which a destination may reach only when allowed.
  process.env.MUSTER_WEBHOOK_ALLOWED_HOSTS = "127.0.0.1";
  received.length = 0;
  await db().webhook.deleteMany();
});

const PLATFORMS = ["slack", "teams", "mattermost", "discord"] as const;
const BRIDGE = "https://meet.example.com/incident-bridge";

async function destination(format: WebhookFormat, path: string, events: string[]) {
  return createWebhook(await demoUser("admin"), { name: `${format} ${path}`, url: `${base}${path}`, format, events });
}

/** Sends what is due at each of `steps` (milliseconds after `from`), as the scheduler would. */
async function deliver(from: Date, steps: number[] = [0]) {
  for (const step of steps) await deliverDueMessages(new Date(from.getTime() + step));
}

const bodiesAt = (path: string) => received.filter((request) => request.path === path).map((request) => JSON.parse(request.body));

async function refusal(work: () => Promise<unknown>): Promise<DomainError> {
  const error = await work().catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe("chat destinations", () => {
  it("posts an escalation and a status update to each platform in its own documented format, with the war room and the bridge", async () => {
    for (const platform of PLATFORMS) await destination(platform, `/${platform}`, ["escalation.fired", "status_update.posted"]);
    await destination("slack", "/resolved-only", ["incident.resolved"]);
    const commander = await demoUser("commander");
    const incident = await declareIncident(commander, { title: "Payments down", services: [{ key: "core-api", impact: "down" }] });
    await editIncidentDetails(commander, incident.id, { bridgeUrl: BRIDGE });
    await escalateNow(commander, incident.id, { reason: "Card payments failing everywhere" });
    await postStatusUpdate(commander, incident.id, { audience: "stakeholders", subject: "Card payments failing", body: "We are failing over to the standby region." });
    await changeSeverity(commander, incident.id, { severity: incident.severity === "critical" ? "major" : "critical" });
    await deliver(new Date());

    const warRoom = `http://muster.test/incidents/${incident.id}`;
    for (const platform of PLATFORMS) {
      const bodies = bodiesAt(`/${platform}`);
      expect(bodies, platform).toHaveLength(2);
      for (const body of bodies) PLATFORM_SCHEMAS[platform].parse(body);
      const [escalation, update] = bodies.map((body) => JSON.stringify(body));
      expect(escalation).toMatch(/Escalated to Level 1/);
      expect(escalation).toContain(`Incident #${incident.number}: Payments down`);
      expect(update).toContain("Status update to stakeholders: Card payments failing");
      expect(update).toContain("We are failing over to the standby region.");
      for (const text of [escalation, update]) {
        expect(text).toContain(warRoom);
        expect(text).toContain(BRIDGE);
        expect(text).toMatch(/to RTO breach/);
      }
    }
    expect(received.every((request) => !request.signed)).toBe(true);
    // Neither the declaration nor the severity change was picked: no destination heard of them.
    expect(received.some((request) => /Declared|Severity changed/.test(request.body))).toBe(false);
    expect(bodiesAt("/resolved-only")).toEqual([]);
  });

  it("tells the generic webhooks every event with the incident's bridge, signed as before", async () => {
    await createWebhook(await demoUser("admin"), { name: "Everything", url: `${base}/generic` });
    const commander = await demoUser("commander");
    const incident = await declareIncident(commander, { title: "Search slow", services: [{ key: "core-api", impact: "degraded" }] });
    await editIncidentDetails(commander, incident.id, { bridgeUrl: BRIDGE });
    await escalateNow(commander, incident.id, { reason: "Search is timing out" });
    await deliver(new Date());
    const bodies = bodiesAt("/generic");
    expect(bodies.map((body) => body.event)).toEqual(["incident.declared", "escalation.fired"]);
    expect(bodies[1].data.incident).toMatchObject({ id: incident.id, bridgeUrl: BRIDGE, url: `http://muster.test/incidents/${incident.id}` });
    expect(received.every((request) => request.signed)).toBe(true);
  });

  it("retries a receiver's 500 with backoff, logs every attempt, then delivers", async () => {
    answers["/flaky"] = [500, 500];
    const webhook = await destination("discord", "/flaky", ["incident.declared"]);
    const from = new Date();
    await declareIncident(await demoUser("commander"), { title: "Flaky receiver", services: [{ key: "core-api", impact: "down" }] });
    await deliver(from, [1 * SECOND_MS, 1.5 * SECOND_MS, 2 * SECOND_MS, 3.5 * SECOND_MS, 4 * SECOND_MS, 60 * SECOND_MS]);
    expect(bodiesAt("/flaky")).toHaveLength(3);
    expect(new Set(bodiesAt("/flaky").map((body) => JSON.stringify(body))).size).toBe(1);
    const log = await db().webhookDelivery.findMany({ where: { webhookId: webhook.id }, orderBy: { attempt: "asc" } });
    expect(log.map(({ event, attempt, statusCode, error }) => [event, attempt, statusCode, error])).toEqual([
      ["incident.declared", 1, 500, "answered 500"],
      ["incident.declared", 2, 500, "answered 500"],
      ["incident.declared", 3, 200, null],
    ]);
  });

  it("sends a test message through the outbox and logs it", async () => {
    const webhook = await destination("slack", "/test", ["incident.resolved"]);
    const queued = await sendTestMessage(await demoUser("admin"), webhook.id);
    await deliver(new Date());
    const [body] = bodiesAt("/test");
    PLATFORM_SCHEMAS.slack.parse(body);
    expect(body.text).toContain("Test message from Muster");
    expect(await db().webhookDelivery.findMany({ where: { webhookId: webhook.id }, select: { messageId: true, event: true, statusCode: true } })).toEqual([
      { messageId: queued.messageId, event: "test", statusCode: 200 },
    ]);
    const audit = await db().auditEvent.findFirst({ where: { action: "webhook.tested", itemKey: webhook.id } });
    expect(audit?.after).toEqual({ messageId: queued.messageId });
    await expect(sendTestMessage(await demoUser("commander"), webhook.id)).rejects.toThrow("Only a plan admin can send test messages.");
  });

  it.each(["http://10.0.0.5/hooks", "http://169.254.169.254/latest/meta-data", "http://localhost:8065/hooks/abc"])(
    "refuses a destination at %s in words, and stores nothing",
    async (url) => {
      delete process.env.MUSTER_WEBHOOK_ALLOWED_HOSTS;
      const error = await refusal(async () => createWebhook(await demoUser("admin"), { name: "Inside", url, format: "mattermost", events: ["escalation.fired"] }));
      expect(error.message).toBe("url must be a receiver outside Muster's network: the target resolves to a private address");
      expect(await db().webhook.count()).toBe(0);
    },
  );

  it("refuses bad input in words and changes nothing", async () => {
    const admin = await demoUser("admin");
    const url = `${base}/bad`;
    expect((await refusal(() => createWebhook(admin, { name: "Chat", url, format: "irc", events: ["escalation.fired"] }))).message).toBe(
      "format must be generic, slack, teams, mattermost or discord",
    );
    expect((await refusal(() => createWebhook(admin, { name: "Chat", url, format: "teams" }))).message).toBe(
      "events must name at least one kind of event a chat destination receives",
    );
    expect((await refusal(() => createWebhook(admin, { name: "Chat", url, format: "teams", events: ["incident.exploded"] }))).message).toMatch(/^events\.0 must each be one of incident\.declared, /);
    expect(await db().webhook.count()).toBe(0);

    const chat = await destination("teams", "/bad", ["escalation.fired"]);
    expect((await refusal(() => updateWebhook(admin, chat.id, { events: [] }))).message).toBe("events must name at least one kind of event a chat destination receives");
    expect((await refusal(() => updateWebhook(admin, chat.id, { url: "http://10.0.0.5/" }))).field).toBe("url");
    expect(await db().webhook.findUniqueOrThrow({ where: { id: chat.id } })).toMatchObject({ url: chat.url, events: ["escalation.fired"] });

    const commander = await demoUser("commander");
    const incident = await declareIncident(commander, { title: "Bridge typo", services: [{ key: "core-api", impact: "down" }] });
    for (const bridgeUrl of ["meet.example.com/abc", "javascript:alert(1)", "ftp://files.example.com/"]) {
      const error = await refusal(() => editIncidentDetails(commander, incident.id, { bridgeUrl }));
      expect(error.message).toBe("bridgeUrl must be an http:// or https:// URL");
    }
    expect(await db().incident.findUniqueOrThrow({ where: { id: incident.id }, select: { bridgeUrl: true } })).toEqual({ bridgeUrl: null });
    expect(await db().timelineEvent.count({ where: { incidentId: incident.id, type: "incident.details_edited" } })).toBe(0);
  });

  it("records the bridge on the timeline with before and after, and edits and removes destinations on the audit record", async () => {
    const commander = await demoUser("commander");
    const admin = await demoUser("admin");
    const incident = await declareIncident(commander, { title: "Bridged", services: [{ key: "core-api", impact: "down" }] });
    await editIncidentDetails(commander, incident.id, { bridgeUrl: BRIDGE });
    await editIncidentDetails(commander, incident.id, { bridgeUrl: null });
    const edits = await db().timelineEvent.findMany({ where: { incidentId: incident.id, type: "incident.details_edited" }, orderBy: { seq: "asc" } });
    expect(edits.map((edit) => edit.data)).toEqual([
      { changes: { bridgeUrl: { from: null, to: BRIDGE } }, deadlinesMovedMinutes: null },
      { changes: { bridgeUrl: { from: BRIDGE, to: null } }, deadlinesMovedMinutes: null },
    ]);

    const chat = await destination("discord", "/edited", ["escalation.fired"]);
    const paused = await updateWebhook(admin, chat.id, { enabled: false, events: ["incident.resolved", "escalation.fired"] });
    expect(paused).toMatchObject({ enabled: false, events: ["incident.resolved", "escalation.fired"] });
    await deleteWebhook(admin, chat.id);
    expect(await db().webhook.count()).toBe(0);
    const audit = await db().auditEvent.findMany({ where: { itemKey: chat.id }, orderBy: { at: "asc" } });
    expect(audit.map(({ action, before, after }) => [action, (before as { enabled?: boolean } | null)?.enabled ?? null, (after as { enabled?: boolean } | null)?.enabled ?? null])).toEqual([
      ["webhook.created", null, true],
      ["webhook.updated", true, false],
      ["webhook.removed", false, null],
    ]);
    await expect(deleteWebhook(admin, chat.id)).rejects.toThrow(`No webhook or chat destination has the id ${chat.id}.`);
  });
});
