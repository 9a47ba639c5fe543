import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as acknowledgeByEmail } from "@/app/api/escalations/[id]/email-acknowledgement/route";
import { db } from "@/lib/db";
import { declareIncident } from "@/lib/incidents/mutations";
import { runDueWork } from "@/lib/scheduler/scheduler";
import { postStatusUpdate } from "@/lib/status-updates/mutations";
import { addSubscriber } from "@/lib/subscribers/mutations";
import { createWebhook } from "@/lib/webhooks/mutations";
import { SIGNATURE_HEADER, verifySignature } from "@/lib/webhooks/signature";
import { demoUser } from "@/test/users";
import { MINUTE_MS, SECOND_MS } from "@/lib/format";

type Received = { body: string; delivery: string; signed: boolean };
let receiver: Server;
let receiverUrl: string;
let secret = "";
const received: Received[] = [];
const answers = [500, 500, 200];

let smtp: SMTPServer;
const mails: string[] = [];

beforeAll(async () => {
  receiver = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      const signed = verifySignature(String(request.headers[SIGNATURE_HEADER.toLowerCase()]), secret, body);
      received.push({ body, delivery: String(request.headers["muster-delivery"]), signed });
      response.writeHead(answers[received.length - 1] ?? 200).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  // The test receiver is on loopback, which webhooks may reach only when allowed.
  process.env.MUSTER_WEBHOOK_ALLOWED_HOSTS = "127.0.0.1";
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/muster`;

  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, callback) {
      let raw = "";
      stream.on("data", (chunk) => (raw += chunk));
      stream.on("end", () => {
        mails.push(raw);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  process.env.SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  process.env.NEXTAUTH_URL = "http://muster.test";
  process.env.NEXTAUTH_SECRET = "a-secret-for-signing-acknowledgement-links";
});

afterAll(async () => {
  receiver.close();
  await new Promise((resolve) => smtp.close(() => resolve(null)));
  delete process.env.SMTP_URL;
});

describe("notices outside Muster", () => {
  it("signs each webhook, retries with backoff after failures, and logs every attempt", async () => {
    const webhook = await createWebhook(await demoUser("admin"), { name: "Pager bridge", url: receiverUrl, events: ["escalation.fired"] });
    secret = webhook.secret;
    const detected = new Date("2026-11-25T10:00:00Z");
    await declareIncident(await demoUser("commander"), { title: "Hooked", services: [{ key: "cdn", impact: "down" }], detectedAt: detected.toISOString() });
    const at = (ms: number) => () => new Date(detected.getTime() + ms);

    await runDueWork(at(0)); // level 1 fires; attempt 1 answers 500
    await runDueWork(at(0.5 * SECOND_MS)); // too early for the retry
    await runDueWork(at(1 * SECOND_MS)); // attempt 2, 1 s later: 500
    await runDueWork(at(2.5 * SECOND_MS)); // too early: the next waits 2 s
    await runDueWork(at(3 * SECOND_MS)); // attempt 3: 200
    await runDueWork(at(60 * SECOND_MS)); // delivered: nothing more

    expect(received).toHaveLength(3);
    expect(received.every((request) => request.signed)).toBe(true);
    expect(new Set(received.map((request) => request.body)).size).toBe(1);
    expect(new Set(received.map((request) => request.delivery)).size).toBe(1);
    expect(JSON.parse(received[0].body)).toMatchObject({ event: "escalation.fired", data: { level: { key: "level-1" } } });
    expect(verifySignature(`t=${Math.floor(Date.now() / 1000)},v1=00`, secret, received[0].body)).toBe(false);

    const log = await db().webhookDelivery.findMany({ where: { webhookId: webhook.id }, orderBy: { attempt: "asc" } });
    expect(log.map((entry) => [entry.attempt, entry.statusCode, entry.error, entry.attemptedAt.getTime() - detected.getTime()])).toEqual([
      [1, 500, "answered 500", 0],
      [2, 500, "answered 500", 1 * SECOND_MS],
      [3, 200, null, 3 * SECOND_MS],
    ]);
  });

  it("e-mails level 2 to its contacts with names and phone numbers, and the e-mail's link records the acknowledgement", async () => {
    const responder = await demoUser("responder");
    const detected = new Date("2026-11-25T12:00:00Z");
    const { id } = await declareIncident(await demoUser("commander"), {
      title: "Mailed",
      services: [{ key: "cdn", impact: "down" }],
      detectedAt: detected.toISOString(),
    });
    mails.length = 0;
    await runDueWork(() => new Date(detected.getTime() + 30 * MINUTE_MS));
    // (The first test's incident escalates further meanwhile: only this incident's level 2 counts.)
    const levelTwo = mails.filter((mail) => mail.includes("escalated to Level 2") && mail.includes("Mailed"));
    expect(levelTwo).toHaveLength(2);
    const toTechLead = levelTwo.find((mail) => mail.includes("To: technical.lead@example.com"))!;
    for (const fact of ["Riley Responder", "+1-555-0102", "Casey Commander", "+1-555-0101"]) expect(toTechLead).toContain(fact);

    const link = toTechLead.replace(/=\r\n/g, "").replace(/=3D/g, "=").match(/http:\/\/muster\.test\/api\/escalations\/\S+/)![0];
    const escalationId = new URL(link).pathname.split("/")[3];
    const answer = await acknowledgeByEmail(new Request(link, { method: "POST" }), { params: Promise.resolve({ id: escalationId }) });
    expect(answer.status).toBe(201);
    const forged = await acknowledgeByEmail(new Request(link.replace(/sig=[^&]+/, "sig=forged"), { method: "POST" }), {
      params: Promise.resolve({ id: escalationId }),
    });
    expect(forged.status).toBe(403);
    const acks = await db().timelineEvent.findMany({ where: { incidentId: id, type: "escalation.acknowledged" } });
    expect(acks).toMatchObject([{ actorId: responder.id, data: { level: "Level 2", via: "email" } }]);
  });

  it("keeps a drill's escalations inside Muster unless the drill says otherwise", async () => {
    const commander = await demoUser("commander");
    const detected = "2026-11-25T14:00:00.000Z";
    const quiet = await declareIncident(commander, { title: "Quiet drill", services: [{ key: "cdn", impact: "down" }], detectedAt: detected, isDrill: true });
    const loud = await declareIncident(commander, {
      title: "Loud drill",
      services: [{ key: "cdn", impact: "down" }],
      detectedAt: detected,
      isDrill: true,
      drillNotifiesExternal: true,
    });
    await runDueWork(() => new Date(detected));
    const noticesAbout = (incidentId: string) =>
      db().outboundMessage.count({ where: { payload: { path: ["incident", "id"], equals: incidentId } } });
    expect(await db().timelineEvent.count({ where: { incidentId: quiet.id, type: "escalation.fired" } })).toBe(1);
    expect(await noticesAbout(quiet.id)).toBe(0);
    expect(await noticesAbout(loud.id)).toBeGreaterThan(0);
  });

  it("e-mails a stakeholder update to the stakeholder subscribers' inboxes", async () => {
    await addSubscriber(await demoUser("admin"), { email: "board@example.com", audience: "stakeholders" });
    const commander = await demoUser("commander");
    const { id } = await declareIncident(commander, { title: "Payments slow", services: [{ key: "core-api", impact: "degraded" }] });
    const before = mails.length;
    await postStatusUpdate(commander, id, { audience: "stakeholders", subject: "Payments are slow", body: "Card payments take up to a minute." });
    await runDueWork(() => new Date());
    const mail = mails.slice(before).find((raw) => raw.includes("Subject: Payments are slow"));
    expect(mail).toBeDefined();
    expect(mail).toMatch(/^To: board@example\.com/m);
    expect(mail).toContain("Card payments take up to a minute.");
  });
});
