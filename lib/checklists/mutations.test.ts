import { beforeEach, describe, expect, it } from "vitest";
import { setChecklistItem } from "@/lib/checklists/mutations";
import { db } from "@/lib/db";
import { joinIncident } from "@/lib/incident-roles/mutations";
import { declareIncident, transitionIncident } from "@/lib/incidents/mutations";
import { moveAlong } from "@/test/incidents";
import type { SignedInUser } from "@/lib/users/data";
import { demoUser } from "@/test/users";

let incidentId: string;
let commander: SignedInUser;

beforeEach(async () => {
  commander = await demoUser("commander");
  const incident = await declareIncident(commander, {
    title: "Database down",
    scenarioKey: "database-corruption-loss",
    services: [{ key: "database", impact: "down" }],
  });
  incidentId = incident.id;
});

async function firstItem() {
  return db().checklistItem.findFirstOrThrow({ where: { incidentId }, orderBy: { position: "asc" } });
}

async function eventsOf(type: string) {
  return db().timelineEvent.findMany({ where: { incidentId, type }, orderBy: { seq: "asc" } });
}

describe("setChecklistItem", () => {
  it("ticks an item, bumps its version and records who and when on the timeline", async () => {
    const item = await firstItem();
    const ticked = await setChecklistItem(commander, incidentId, item.id, { done: true, version: 1 });
    expect(ticked).toMatchObject({ done: true, version: 2, doneById: commander.id });
    const [event] = await eventsOf("checklist.item_updated");
    expect(event).toMatchObject({ seq: 2, actorId: commander.id, data: { itemId: item.id, done: true, version: 2 } });
  });

  it("refuses a stale version with 409 and the current state, and changes nothing", async () => {
    const item = await firstItem();
    await setChecklistItem(commander, incidentId, item.id, { done: true, version: 1 });
    const error = await setChecklistItem(commander, incidentId, item.id, { done: false, version: 1 }).catch((e) => e);
    expect(error).toMatchObject({ kind: "conflict", current: { id: item.id, done: true, version: 2 } });
    expect(await db().checklistItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ done: true, version: 2 });
    expect(await eventsOf("checklist.item_updated")).toHaveLength(1);
  });

  it("refuses a viewer, and a responder until they join", async () => {
    const item = await firstItem();
    const viewer = await demoUser("viewer");
    const responder = await demoUser("responder");
    // Management cannot join: they are told what they can do instead.
    await expect(setChecklistItem(viewer, incidentId, item.id, { done: true, version: 1 })).rejects.toMatchObject({
      kind: "forbidden",
      message: expect.stringMatching(/^Your account can follow incidents but not change them\. Ask the incident commander/),
    });
    await expect(setChecklistItem(responder, incidentId, item.id, { done: true, version: 1 })).rejects.toMatchObject({
      kind: "forbidden",
      message: "Join the incident to work its checklist.",
    });
    expect(await db().checklistItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ done: false, version: 1 });
    await joinIncident(responder, incidentId);
    expect(await setChecklistItem(responder, incidentId, item.id, { done: true, version: 1 })).toMatchObject({ version: 2 });
  });

  it.each([
    [{ done: "yes", version: 1 }, "done"],
    [{ done: true }, "version"],
    [{ done: true, version: 0 }, "version"],
  ])("refuses bad input naming the field (%#)", async (input, field) => {
    const item = await firstItem();
    await expect(setChecklistItem(commander, incidentId, item.id, input)).rejects.toMatchObject({ kind: "invalid", field });
    expect(await db().checklistItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ version: 1 });
  });

  it("records 100 concurrent ticks on distinct items as 100 changes with gapless sequence numbers", async () => {
    await db().checklistItem.createMany({
      data: Array.from({ length: 100 }, (_, index) => ({
        incidentId,
        runbookTitle: "Load",
        phaseName: "Load",
        position: 1000 + index,
        title: `Step ${index}`,
      })),
    });
    const items = await db().checklistItem.findMany({ where: { incidentId, position: { gte: 1000 } } });
    await Promise.all(items.map((item) => setChecklistItem(commander, incidentId, item.id, { done: true, version: 1 })));

    expect(await db().checklistItem.count({ where: { incidentId, position: { gte: 1000 }, done: true, version: 2 } })).toBe(100);
    const seqs = (await db().timelineEvent.findMany({ where: { incidentId }, orderBy: { seq: "asc" } })).map((e) => e.seq);
    expect(seqs).toEqual(Array.from({ length: 101 }, (_, index) => index + 1));
    expect(await eventsOf("checklist.item_updated")).toHaveLength(100);
  });

  it("keeps 50 racing writers on one item consistent: the last accepted write wins, one event each, 409 for the rest", async () => {
    const item = await firstItem();
    // Each writer reads the item and writes the opposite of what it saw, as a person clicking would.
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, async () => {
        const seen = await db().checklistItem.findUniqueOrThrow({ where: { id: item.id } });
        return setChecklistItem(commander, incidentId, item.id, { done: !seen.done, version: seen.version })
          .then((accepted) => ({ accepted }))
          .catch((error) => ({ refused: error }));
      }),
    );
    const accepted = outcomes.flatMap((outcome) => ("accepted" in outcome ? [outcome.accepted] : []));
    const refused = outcomes.flatMap((outcome) => ("refused" in outcome ? [outcome.refused] : []));
    expect(accepted.length).toBeGreaterThanOrEqual(1);
    expect(accepted.length + refused.length).toBe(50);
    expect(refused.every((error) => error.kind === "conflict")).toBe(true);

    const last = accepted.sort((a, b) => b.version - a.version)[0];
    const final = await db().checklistItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(final).toMatchObject({ done: last.done, version: last.version });
    expect(final.version).toBe(1 + accepted.length);

    const events = await eventsOf("checklist.item_updated");
    expect(events).toHaveLength(accepted.length);
    expect(events.map((event) => (event.data as { version: number }).version)).toEqual(
      Array.from({ length: accepted.length }, (_, index) => index + 2),
    );
    expect(events.at(-1)?.data).toMatchObject({ done: final.done, version: final.version });
  });

  it("orders ticks racing the resolution: each lands before it on the timeline, or is refused and changes nothing", async () => {
    await moveAlong(commander, incidentId, "validating");
    const items = await db().checklistItem.findMany({ where: { incidentId }, orderBy: { position: "asc" } });
    const [ticks, resolved] = await Promise.all([
      Promise.all(
        items.map((item) =>
          setChecklistItem(commander, incidentId, item.id, { done: true, version: 1 }).then(
            () => ({ itemId: item.id, accepted: true, error: undefined }),
            (error: unknown) => ({ itemId: item.id, accepted: false, error }),
          ),
        ),
      ),
      transitionIncident(commander, incidentId, { to: "resolved" }),
    ]);
    expect(resolved).toMatchObject({ state: "resolved" });
    const resolution = await db().timelineEvent.findFirstOrThrow({ where: { incidentId, type: "incident.transitioned", data: { path: ["to"], equals: "resolved" } } });
    const tickEvents = await eventsOf("checklist.item_updated");
    const accepted = ticks.filter((tick) => tick.accepted).map((tick) => tick.itemId);
    expect(tickEvents.map((event) => (event.data as { itemId: string }).itemId).sort()).toEqual([...accepted].sort());
    expect(tickEvents.every((event) => event.seq < resolution.seq)).toBe(true);
    for (const tick of ticks.filter((tick) => !tick.accepted)) expect(tick.error).toMatchObject({ kind: "conflict", message: expect.stringMatching(/no longer takes ticks/) });
    expect(await db().checklistItem.count({ where: { incidentId, done: true } })).toBe(accepted.length);
  });

  it("says which item is missing, and an item of another incident is not this one's", async () => {
    const other = await declareIncident(commander, { title: "Other", scenarioKey: "database-corruption-loss", services: [{ key: "database", impact: "down" }] });
    const foreign = await db().checklistItem.findFirstOrThrow({ where: { incidentId: other.id } });
    for (const itemId of ["no-such-item", foreign.id]) {
      await expect(setChecklistItem(commander, incidentId, itemId, { done: true, version: 1 })).rejects.toMatchObject({
        kind: "not_found",
        message: `This incident has no checklist item ${itemId}.`,
      });
    }
    expect(await db().checklistItem.findUniqueOrThrow({ where: { id: foreign.id } })).toMatchObject({ done: false, version: 1 });
    expect(await eventsOf("checklist.item_updated")).toHaveLength(0);
  });
});
