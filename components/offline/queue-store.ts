"use client";
// The device's queue of changes made offline, kept in IndexedDB so a reload (the point of it) or a
// closed tab keeps them, and mirrored in memory for the screens that show them waiting.
import { openDB, type IDBPDatabase } from "idb";
import { afterOutcome, withNote, withTick, type QueuedChange, type QueuedNote, type QueuedTick, type SendOutcome } from "./queue-entries";

const DATABASE = "muster-offline";
const STORE = "changes";

let database: Promise<IDBPDatabase> | null = null;
let entries: QueuedChange[] = [];
let loaded: Promise<void> | null = null;
// Once read, a change shows the moment it is made (the box ticks under the finger), stored after.
let ready = false;
const listeners = new Set<() => void>();

function open(): Promise<IDBPDatabase> {
  database ??= openDB(DATABASE, 1, {
    upgrade(db) {
      db.createObjectStore(STORE, { keyPath: "order" });
    },
  });
  return database;
}

function publish(next: QueuedChange[]) {
  entries = next;
  for (const listener of listeners) listener();
}

/** What the device holds, read once per page load; later changes go through here. */
export function loadQueue(): Promise<void> {
  loaded ??= open()
    .then((db) => db.getAll(STORE) as Promise<QueuedChange[]>)
    .then((stored) => publish(stored))
    .catch(() => undefined)
    .finally(() => {
      ready = true;
    });
  return loaded;
}

export function queuedChanges(): readonly QueuedChange[] {
  return entries;
}

export function subscribeToQueue(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function queueTick(tick: Omit<QueuedTick, "order" | "problem" | "kind">): Promise<void> {
  if (!ready) await loadQueue();
  const { entries: next, added, removed } = withTick(entries, tick);
  publish(next);
  const db = await open();
  if (added) await db.put(STORE, added);
  if (removed) await db.delete(STORE, removed.order);
}

export async function queueNote(note: Omit<QueuedNote, "order" | "problem" | "kind">): Promise<void> {
  if (!ready) await loadQueue();
  const { entries: next, added } = withNote(entries, note);
  publish(next);
  await (await open()).put(STORE, added);
}

export async function recordOutcome(order: number, outcome: SendOutcome): Promise<void> {
  const next = afterOutcome(entries, order, outcome);
  publish(next);
  const db = await open();
  const changed = next.find((entry) => entry.order === order);
  if (changed) await db.put(STORE, changed);
  else await db.delete(STORE, order);
}

/** The person has read why a change was not applied: it goes. */
export async function dismissChange(order: number): Promise<void> {
  await recordOutcome(order, { kind: "sent" });
}

/** On sign-out: nothing one person made offline may be sent as, or shown to, the next. */
export async function emptyQueue(): Promise<void> {
  publish([]);
  await (await open()).clear(STORE);
}
