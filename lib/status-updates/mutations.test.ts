import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { joinIncident } from "@/lib/incident-roles/mutations";
import { declareIncident } from "@/lib/incidents/mutations";
import { postStatusUpdate } from "@/lib/status-updates/mutations";
import { addSubscriber, removeSubscriber } from "@/lib/subscribers/mutations";
import { demoUser } from "@/test/users";

async function declare(extra: { isDrill?: boolean; drillNotifiesExternal?: boolean } = {}) {
  return declareIncident(await demoUser("commander"), { title: "API down", services: [{ key: "core-api", impact: "down" }], ...extra });
}

const queuedEmails = (incidentEvent = "status_update.posted") =>
  db().outboundMessage.findMany({ where: { channel: "email", event: incidentEvent }, orderBy: { recipient: "asc" } });

afterEach(async () => {
  delete process.env.SMTP_URL;
  await db().outboundMessage.deleteMany();
});

describe("posting a status update", () => {
  it("lets a responder post for the team but not for stakeholders or the public, writing nothing when refused", async () => {
    const { id } = await declare();
    const responder = await demoUser("responder");
    await joinIncident(responder, id);
    await postStatusUpdate(responder, id, { body: "Failing over to the replica" });
    const before = await db().incident.findUniqueOrThrow({ where: { id } });
    for (const audience of ["stakeholders", "public"]) {
      await expect(postStatusUpdate(responder, id, { body: "We are down", audience })).rejects.toMatchObject({
        kind: "forbidden",
        message: expect.stringContaining("communications lead"),
      });
    }
    await expect(postStatusUpdate(await demoUser("viewer"), id, { body: "hello" })).rejects.toMatchObject({ kind: "forbidden" });
    expect(await db().statusUpdate.count({ where: { incidentId: id } })).toBe(1);
    expect((await db().incident.findUniqueOrThrow({ where: { id } })).lastSeq).toBe(before.lastSeq);
  });

  it("puts the commander's public update, with its headline, on the timeline", async () => {
    const { id } = await declare();
    const update = await postStatusUpdate(await demoUser("commander"), id, { audience: "public", subject: "Login issues", body: "We are on it." });
    expect(update).toMatchObject({ audience: "public", subject: "Login issues" });
    const event = await db().timelineEvent.findFirstOrThrow({ where: { incidentId: id, type: "status_update.posted" } });
    expect(event.data).toMatchObject({ audience: "public", subject: "Login issues", body: "We are on it." });
    await expect(postStatusUpdate(await demoUser("commander"), id, { body: "x", templateId: "nope" })).rejects.toMatchObject({ field: "templateId" });
  });

  it("e-mails stakeholder updates to stakeholder subscribers, public ones to both lists once each, team updates to no one", async () => {
    process.env.SMTP_URL = "smtp://127.0.0.1:2525";
    const admin = await demoUser("admin");
    await addSubscriber(admin, { email: "Board@Example.com", audience: "stakeholders" });
    await addSubscriber(admin, { email: "board@example.com", audience: "public" });
    await addSubscriber(admin, { email: "user@example.com", audience: "public" });
    const commander = await demoUser("commander");
    const { id } = await declare();

    await postStatusUpdate(commander, id, { body: "Team only" });
    expect(await queuedEmails()).toHaveLength(0);

    await postStatusUpdate(commander, id, { audience: "stakeholders", subject: "API down", body: "For the board" });
    expect((await queuedEmails()).map((message) => [message.recipient, (message.payload as { subject: string }).subject])).toEqual([
      ["board@example.com", "API down"],
    ]);
    await db().outboundMessage.deleteMany();

    await postStatusUpdate(commander, id, { audience: "public", body: "For everyone" });
    const sent = await queuedEmails();
    expect(sent.map((message) => message.recipient)).toEqual(["board@example.com", "user@example.com"]);
    expect(sent[0].payload).toMatchObject({ subject: "Status update", text: "For everyone" });
  });

  it("e-mails nothing for a drill unless it was declared to notify, and nothing without SMTP", async () => {
    const admin = await demoUser("admin");
    await addSubscriber(admin, { email: "drills@example.com", audience: "stakeholders" });
    const commander = await demoUser("commander");

    const quiet = await declare();
    await postStatusUpdate(commander, quiet.id, { audience: "stakeholders", body: "No SMTP configured" });
    expect(await queuedEmails()).toHaveLength(0);

    process.env.SMTP_URL = "smtp://127.0.0.1:2525";
    const drill = await declare({ isDrill: true });
    await postStatusUpdate(commander, drill.id, { audience: "stakeholders", body: "Drill" });
    expect(await queuedEmails()).toHaveLength(0);

    await addSubscriber(admin, { email: "someone@example.com", audience: "public" });
    const loudDrill = await declare({ isDrill: true, drillNotifiesExternal: true });
    await postStatusUpdate(commander, loudDrill.id, { audience: "public", subject: "Failover test", body: "Drill, announced" });
    // Stakeholders hear of it, marked as a drill; the public list never does.
    const sent = (await queuedEmails()).map((message) => [message.recipient, (message.payload as { subject: string }).subject]);
    expect(sent).toContainEqual(["drills@example.com", "[Drill] Failover test"]);
    expect(sent.every(([recipient, subject]) => String(subject).startsWith("[Drill] ") && recipient !== "someone@example.com")).toBe(true);
  });
});

describe("subscribers", () => {
  it("are an admin's to add and remove; bad input and repeats are refused with the reason", async () => {
    const admin = await demoUser("admin");
    await expect(addSubscriber(admin, { email: "not an address", audience: "public" })).rejects.toMatchObject({ kind: "invalid", field: "email" });
    await expect(addSubscriber(admin, { email: "a@example.com", audience: "internal" })).rejects.toMatchObject({ kind: "invalid", field: "audience" });
    const added = await addSubscriber(admin, { email: "a@example.com", audience: "public" });
    await expect(addSubscriber(admin, { email: "A@example.com ", audience: "public" })).rejects.toMatchObject({ kind: "conflict" });
    await expect(addSubscriber(await demoUser("commander"), { email: "b@example.com", audience: "public" })).rejects.toMatchObject({ kind: "forbidden" });
    await expect(removeSubscriber(await demoUser("viewer"), added.id)).rejects.toMatchObject({ kind: "forbidden" });
    expect(await db().subscriber.count({ where: { email: { startsWith: "a@" } } })).toBe(1);
    await removeSubscriber(admin, added.id);
    await expect(removeSubscriber(admin, added.id)).rejects.toMatchObject({ kind: "not_found" });
  });
});
