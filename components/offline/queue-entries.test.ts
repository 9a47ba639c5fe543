import { describe, expect, it } from "vitest";
import { afterOutcome, nextToSend, outcomeOf, withNote, withTick, type QueuedChange } from "./queue-entries";

const AT = "2026-12-04T21:00:00.000Z";
const tick = (itemId: string, done = true, version = 1) => ({ incidentId: "i1", itemId, done, version, by: "Riley Responder", queuedAt: AT });
const note = (body: string) => ({ incidentId: "i1", body, clientKey: `key-${body}`, queuedAt: AT });

function queueOf(...changes: ((entries: QueuedChange[]) => QueuedChange[])[]): QueuedChange[] {
  return changes.reduce<QueuedChange[]>((entries, change) => change(entries), []);
}
const addTick = (itemId: string, done = true, version = 1) => (entries: QueuedChange[]) => withTick(entries, tick(itemId, done, version)).entries;
const addNote = (body: string) => (entries: QueuedChange[]) => withNote(entries, note(body)).entries;

describe("the offline queue", () => {
  it("keeps changes in the order they were made, ticks and notes alike", () => {
    const queue = queueOf(addTick("a"), addNote("first"), addTick("b"), addNote("second"));
    expect(queue.map((entry) => (entry.kind === "tick" ? entry.itemId : entry.body))).toEqual(["a", "first", "b", "second"]);
    expect(queue.map((entry) => entry.order)).toEqual([1, 2, 3, 4]);
  });

  it("forgets a tick taken back before it was sent: the step is as the server has it", () => {
    const queue = queueOf(addTick("a"), addTick("b"), addTick("a", false));
    expect(queue.map((entry) => entry.kind === "tick" && entry.itemId)).toEqual(["b"]);
  });

  it("sends the oldest change first, and passes over one refused", () => {
    const queue = queueOf(addTick("a"), addTick("b"), addNote("n"));
    expect(nextToSend(queue)?.order).toBe(1);
    const afterConflict = afterOutcome(queue, 1, outcomeOf({ status: 409, message: "changed", current: { done: false, version: 3, doneAt: null } }, new Date(AT)));
    expect(nextToSend(afterConflict)?.order).toBe(2);
    expect(afterConflict[0].problem).toEqual({ kind: "conflict", current: { done: false, version: 3, doneAt: null }, at: AT });
  });

  it("drops a sent change, and keeps one that could not get through, so nothing overtakes it", () => {
    const queue = queueOf(addTick("a"), addNote("n"));
    const unreachable = outcomeOf("unreachable", new Date(AT));
    expect(unreachable).toEqual({ kind: "retry" });
    expect(afterOutcome(queue, 1, unreachable)).toEqual(queue);
    expect(nextToSend(afterOutcome(queue, 1, unreachable))?.order).toBe(1);
    expect(afterOutcome(queue, 1, outcomeOf({ status: 200, message: "" }, new Date(AT))).map((entry) => entry.order)).toEqual([2]);
  });

  it("tries a server that is down or busy again later, and keeps any other refusal in its words", () => {
    for (const status of [500, 502, 503, 429, 408]) expect(outcomeOf({ status, message: "later" }, new Date(AT))).toEqual({ kind: "retry" });
    expect(outcomeOf({ status: 403, message: "Join the incident to add notes." }, new Date(AT))).toEqual({
      kind: "problem",
      problem: { kind: "refused", message: "Join the incident to add notes." },
    });
    // A 409 without the step's state (a finished incident) is a refusal, not a tick conflict.
    expect(outcomeOf({ status: 409, message: "The incident is resolved." }, new Date(AT))).toMatchObject({ problem: { kind: "refused" } });
  });

  it("gives a step with a refused tick a fresh tick, sent with the version seen now", () => {
    const queue = queueOf(addTick("a"));
    const refused = afterOutcome(queue, 1, outcomeOf({ status: 409, message: "changed", current: { done: false, version: 3, doneAt: null } }, new Date(AT)));
    const { entries, added } = withTick(refused, tick("a", true, 3));
    expect(added).toMatchObject({ itemId: "a", version: 3, order: 2 });
    expect(entries).toHaveLength(2);
  });
});
