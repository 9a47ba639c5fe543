import { describe, expect, it } from "vitest";
import { createApiToken, revokeApiToken } from "@/lib/api-tokens/mutations";
import { listAuditEvents } from "@/lib/audit/data";
import { db } from "@/lib/db";
import { addSubscriber, removeSubscriber } from "@/lib/subscribers/mutations";
import { createWebhook } from "@/lib/webhooks/mutations";
import { snapshot as everyRow } from "@/test/tables";
import { demoUser } from "@/test/users";

/** The events recorded after the first `known`, oldest first. (Each file's tests share one database.) */
async function auditEvents(known = 0) {
  return db().auditEvent.findMany({ orderBy: [{ at: "asc" }, { id: "asc" }], skip: known });
}

describe("the audit record of admin writes", () => {
  it("keeps one event per write, with the values before and after and never a secret", async () => {
    const admin = await demoUser("admin");
    const responder = await demoUser("responder");

    const token = await createApiToken(responder, { name: "Uptime checks" });
    await revokeApiToken(responder, token.id);
    const webhook = await createWebhook(admin, { name: "Chat", url: "https://93.184.215.14/hooks/muster" });
    const subscriber = await addSubscriber(admin, { email: "board@example.com", audience: "stakeholders" });
    await removeSubscriber(admin, subscriber.id);

    const events = await auditEvents();
    expect(events.map(({ action, itemKey, label, actorName, before, after }) => ({ action, itemKey, label, actorName, before, after }))).toEqual([
      { action: "token.created", itemKey: token.id, label: "Uptime checks", actorName: responder.name, before: null, after: { name: "Uptime checks", prefix: token.prefix } },
      {
        action: "token.revoked",
        itemKey: token.id,
        label: "Uptime checks",
        actorName: responder.name,
        before: { name: "Uptime checks", prefix: token.prefix, revokedAt: null },
        after: { name: "Uptime checks", prefix: token.prefix, revokedAt: expect.any(String) },
      },
      { action: "webhook.created", itemKey: webhook.id, label: "Chat", actorName: admin.name, before: null, after: { name: "Chat", url: webhook.url, enabled: true, format: "generic", events: [] } },
      { action: "subscriber.added", itemKey: subscriber.id, label: "board@example.com", actorName: admin.name, before: null, after: { email: "board@example.com", audience: "stakeholders" } },
      { action: "subscriber.removed", itemKey: subscriber.id, label: "board@example.com", actorName: admin.name, before: { email: "board@example.com", audience: "stakeholders" }, after: null },
    ]);
    const recorded = JSON.stringify(events);
    expect(recorded).not.toContain(token.token);
    expect(recorded).not.toContain(webhook.secret);
  });

  it("keeps nothing of a write refused, for its role or its input", async () => {
    const before = await everyRow();
    const viewer = await demoUser("viewer");
    const admin = await demoUser("admin");
    await expect(createWebhook(viewer, { name: "Mine", url: "https://93.184.215.14/hook" })).rejects.toMatchObject({ kind: "forbidden" });
    await expect(addSubscriber(viewer, { email: "me@example.com", audience: "public" })).rejects.toMatchObject({ kind: "forbidden" });
    await expect(addSubscriber(admin, { email: "not an address", audience: "public" })).rejects.toMatchObject({ kind: "invalid" });
    await expect(removeSubscriber(admin, "cmnobody")).rejects.toMatchObject({ kind: "not_found" });
    await expect(revokeApiToken(viewer, "cmnobody")).rejects.toMatchObject({ kind: "not_found" });
    await expect(createApiToken(viewer, { name: "" })).rejects.toMatchObject({ kind: "invalid" });
    expect(await everyRow()).toEqual(before);
  });

  it("keeps nothing when the write itself fails: a subscriber already there", async () => {
    const admin = await demoUser("admin");
    const known = await db().auditEvent.count();
    await addSubscriber(admin, { email: "twice@example.com", audience: "public" });
    await expect(addSubscriber(admin, { email: "twice@example.com", audience: "public" })).rejects.toMatchObject({ kind: "conflict" });
    expect((await auditEvents(known)).map((event) => event.action)).toEqual(["subscriber.added"]);
  });
});

describe("reading the audit record", () => {
  it("pages through it newest first, a limit at a time; only an admin reads it", async () => {
    const admin = await demoUser("admin");
    for (const name of ["First", "Second", "Third"]) await createApiToken(admin, { name });

    const first = await listAuditEvents(admin, { limit: "2" });
    expect(first.events.map((event) => event.label)).toEqual(["Third", "Second"]);
    const second = await listAuditEvents(admin, { limit: "1", before: first.next });
    expect(second.events.map((event) => event.label)).toEqual(["First"]);
    const all = await listAuditEvents(admin, { limit: "200" });
    expect(all.next).toBeNull();
    expect(all.events.slice(0, 3).map((event) => event.label)).toEqual(["Third", "Second", "First"]);

    await expect(listAuditEvents(admin, { limit: "0" })).rejects.toMatchObject({ kind: "invalid", field: "limit" });
    for (const role of ["viewer", "responder", "commander"] as const) {
      await expect(listAuditEvents(await demoUser(role))).rejects.toMatchObject({ kind: "forbidden" });
    }
  });
});
