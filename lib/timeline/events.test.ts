import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/route";
import { declareIncident } from "@/lib/incidents/mutations";
import { seedDemoHistory } from "@/prisma/seeders/demo-history";
import { eventsAfter } from "@/lib/timeline/data";
import { checkEventContent, EVENT_PAYLOADS, EVENT_TYPES, InvalidEventPayload, type EventContent } from "@/lib/timeline/events";
import { appendEvent, type NewEvent } from "@/lib/timeline/mutations";
import { incidentEventSchema } from "@/lib/timeline/present";
import { demoUser } from "@/test/users";

async function newIncident() {
  const commander = await demoUser("commander");
  const { id } = await declareIncident(commander, { title: "Catalogue", services: [{ key: "cdn", impact: "degraded" }] });
  return { id, commander };
}

/** Any event a domain function could append, its data checked against its type by tsc. */
type AnyNewEvent = EventContent & Pick<NewEvent, "actor">;

const lastSeq = async (incidentId: string) => (await db().incident.findUniqueOrThrow({ where: { id: incidentId } })).lastSeq;

/** Appends in a transaction of its own, as a domain function would. */
const append = (incidentId: string, event: AnyNewEvent) =>
  db().$transaction((tx) => appendEvent(tx, incidentId, event));

/** Writes a row as an earlier version of Muster might have, past appendEvent's check. */
async function storeRaw(incidentId: string, type: string, data: object) {
  await db().$transaction(async (tx) => {
    const { lastSeq } = await tx.incident.update({ where: { id: incidentId }, data: { lastSeq: { increment: 1 } } });
    await tx.timelineEvent.create({ data: { incidentId, seq: lastSeq, type, data, occurredAt: new Date(), recordedAt: new Date() } });
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("the event catalogue", () => {
  it("gives every event type a schema that refuses data without its fields", () => {
    expect(EVENT_TYPES.length).toBeGreaterThan(20);
    for (const type of EVENT_TYPES) {
      expect(EVENT_PAYLOADS[type].safeParse({}).success, type).toBe(false);
      expect(() => checkEventContent({ type, data: {} }), type).toThrow(InvalidEventPayload);
    }
    expect(() => checkEventContent({ type: "role.ended", data: {} })).toThrow('A "role.ended" event cannot be written: type is not an event type of the catalogue.');
  });

  it("documents one response shape per event type, told apart by its type", () => {
    const note = { incidentId: "i", seq: 1, at: "2026-12-01T09:30:00.000Z", recordedAt: "2026-12-01T09:30:00.000Z", actor: null };
    expect(incidentEventSchema.safeParse({ ...note, type: "note.added", data: { body: "Hello" } }).success).toBe(true);
    expect(incidentEventSchema.safeParse({ ...note, type: "note.added", data: { seq: 1 } }).success).toBe(false);
    expect(incidentEventSchema.safeParse({ ...note, type: "event.pinned", data: { seq: 1 } }).success).toBe(true);
    expect(incidentEventSchema.safeParse({ ...note, type: "role.ended", data: {} }).success).toBe(false);
  });
});

describe("appendEvent", () => {
  it("refuses data off its type's schema, naming the type and the field, and writes nothing", async () => {
    const { id, commander } = await newIncident();
    const before = await lastSeq(id);
    const refusals: [AnyNewEvent, string][] = [
      // @ts-expect-error a missing field fails the type check too
      [{ type: "escalation.manual", actor: commander, data: { reason: "Vendor silent" } }, 'A "escalation.manual" event cannot be written: data.level expected string, received undefined.'],
      // @ts-expect-error and so does a field of the wrong type
      [{ type: "checklist.item_updated", actor: commander, data: { itemId: "x", title: "Step", done: "yes", version: 2 } }, "data.done expected boolean"],
      // @ts-expect-error and a field the type does not have
      [{ type: "note.added", actor: commander, data: { body: "Hi", email: "ann@example.com" } }, "data.email is not a field of this event"],
      [{ type: "role.assigned", actor: commander, data: { role: "scribe", holder: { ...commander, kind: "user" }, previous: null } }, "data.holder.email is not a field of this event"],
      [{ type: "service.rto_breached", actor: null, data: { service: { key: "cdn", name: "CDN" }, rtoDeadline: "soon" } }, "data.rtoDeadline"],
    ];
    for (const [event, message] of refusals) {
      const refused = await append(id, event).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(InvalidEventPayload);
      expect(refused).not.toBeInstanceOf(DomainError);
      expect((refused as InvalidEventPayload).type).toBe(event.type);
      expect((refused as Error).message).toContain(message);
    }
    expect(await lastSeq(id)).toBe(before);
    expect(await db().timelineEvent.count({ where: { incidentId: id } })).toBe(before);
  });

  it("is answered as a server fault, not as the caller's mistake", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const response = errorResponse(new InvalidEventPayload("note.added", "data.body", "expected string, received undefined"));
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: "Something went wrong on the server." });
  });

  it("writes data on its schema and hands it back typed", async () => {
    const { id, commander } = await newIncident();
    const event = await db().$transaction((tx) =>
      appendEvent(tx, id, { type: "escalation.manual", actor: commander, data: { reason: "Vendor silent", level: "Level 2" } }),
    );
    expect(event.data.level).toBe("Level 2");
    expect(await eventsAfter(id, event.seq - 1)).toMatchObject([{ seq: event.seq, type: "escalation.manual", data: { reason: "Vendor silent", level: "Level 2" } }]);
  });
});

describe("stored events", () => {
  it("follow the catalogue as the demo history writes them", async () => {
    const warn = vi.spyOn(console, "warn");
    await seedDemoHistory(new Date());
    const rows = await db().timelineEvent.findMany({ where: { incident: { isDemo: true } } });
    expect(new Set(rows.map((row) => row.type)).size).toBeGreaterThan(8);
    for (const row of rows) expect(() => checkEventContent(row), `${row.type} ${row.seq}`).not.toThrow();
    const incidents = await db().incident.findMany({ where: { isDemo: true }, select: { id: true } });
    for (const incident of incidents) await eventsAfter(incident.id, 0);
    expect(warn).not.toHaveBeenCalled();
  });

  it("are read in today's shape when an earlier version of Muster wrote them", async () => {
    const { id, commander } = await newIncident();
    const warn = vi.spyOn(console, "warn");
    const from = await lastSeq(id);
    await storeRaw(id, "incident.declared", {
      number: 7, title: "Old", severity: "minor", scenario: null, services: [], detectedAt: "2026-11-01T10:00:00.000Z", isDrill: false,
    });
    await storeRaw(id, "status_update.posted", { statusUpdateId: "s", audience: "internal", body: "Before subjects", nextUpdateDueAt: null });
    const holder = { id: commander.id, name: commander.name, email: commander.email, role: commander.role };
    await storeRaw(id, "role.assigned", { role: "responder", holder, previous: null });
    const read = await eventsAfter(id, from);
    expect(read.map((event) => event.data)).toEqual([
      expect.objectContaining({ title: "Old", impactStartedAt: null }),
      expect.objectContaining({ body: "Before subjects", subject: null }),
      { role: "responder", holder: { id: commander.id, name: commander.name, kind: "user" }, previous: null },
    ]);
    expect(warn).not.toHaveBeenCalled();
  });

  it("are still shown as stored, with a warning, when they do not parse", async () => {
    const { id } = await newIncident();
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const from = await lastSeq(id);
    await storeRaw(id, "note.added", { text: "a body by another name" });
    expect(await eventsAfter(id, from)).toMatchObject([{ type: "note.added", data: { text: "a body by another name" } }]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`(note.added) is shown as stored: data.body`));
  });
});
