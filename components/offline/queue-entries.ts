// The changes a device made while it could not reach Muster, in the order they were made, and the
// rules for them that need no browser: a step ticked and unticked again before sending is no change
// at all; one the server refused waits, shown, until the person dismisses it, never sent again.

/** Why a change was not applied: another person's change came first, or the server said no. */
export type QueueProblem =
  | { kind: "conflict"; current: { done: boolean; version: number; doneAt: string | null }; at: string }
  | { kind: "refused"; message: string };

type Waiting = {
  /** Order of making, and the store's key. */
  order: number;
  incidentId: string;
  queuedAt: string;
  problem?: QueueProblem;
};

export type QueuedTick = Waiting & {
  kind: "tick";
  itemId: string;
  done: boolean;
  /** The step's version when it was ticked: the server refuses it if the step changed since. */
  version: number;
  /** Who ticked it, for the words of a conflict. */
  by: string;
};
export type QueuedNote = Waiting & { kind: "note"; body: string; clientKey: string };
export type QueuedChange = QueuedTick | QueuedNote;

type NewTick = Omit<QueuedTick, "order" | "problem" | "kind">;
type NewNote = Omit<QueuedNote, "order" | "problem" | "kind">;

function nextOrder(entries: readonly QueuedChange[]): number {
  return entries.reduce((last, entry) => Math.max(last, entry.order), 0) + 1;
}

/** A step's tick still to send (not one the server refused). */
export function waitingTickFor(entries: readonly QueuedChange[], itemId: string): QueuedTick | undefined {
  return entries.find((entry): entry is QueuedTick => entry.kind === "tick" && entry.itemId === itemId && !entry.problem);
}

/**
 * A tick made offline. Taking back a tick still waiting leaves the step as the server has it, so
 * both go; a step with a refused tick on it gets a fresh one, sent with the version now seen.
 */
export function withTick(entries: readonly QueuedChange[], tick: NewTick): { entries: QueuedChange[]; added: QueuedTick | null; removed: QueuedTick | null } {
  const waiting = waitingTickFor(entries, tick.itemId);
  if (waiting) return { entries: entries.filter((entry) => entry !== waiting), added: null, removed: waiting };
  const added: QueuedTick = { ...tick, kind: "tick", order: nextOrder(entries) };
  return { entries: [...entries, added], added, removed: null };
}

export function withNote(entries: readonly QueuedChange[], note: NewNote): { entries: QueuedChange[]; added: QueuedNote } {
  const added: QueuedNote = { ...note, kind: "note", order: nextOrder(entries) };
  return { entries: [...entries, added], added };
}

/** What to send next: the oldest change not refused. */
export function nextToSend(entries: readonly QueuedChange[]): QueuedChange | undefined {
  return [...entries].sort((a, b) => a.order - b.order).find((entry) => !entry.problem);
}

/** What the server's answer to a sent change means for it. */
export type SendOutcome = { kind: "sent" } | { kind: "retry" } | { kind: "problem"; problem: QueueProblem };

/**
 * The answer as an outcome: a network failure or a server that is down or overloaded is tried again
 * later, in order (nothing after it overtakes it); a 409 with the step's state is a conflict; any
 * other refusal is kept, with its words.
 */
export function outcomeOf(answer: { status: number; message: string; current?: unknown } | "unreachable", now: Date): SendOutcome {
  if (answer === "unreachable" || answer.status >= 500 || answer.status === 429 || answer.status === 408) return { kind: "retry" };
  if (answer.status < 300) return { kind: "sent" };
  const current = answer.current as { done?: unknown; version?: unknown; doneAt?: unknown } | undefined;
  if (answer.status === 409 && typeof current?.done === "boolean" && typeof current.version === "number") {
    const doneAt = typeof current.doneAt === "string" ? current.doneAt : null;
    return { kind: "problem", problem: { kind: "conflict", current: { done: current.done, version: current.version, doneAt }, at: now.toISOString() } };
  }
  return { kind: "problem", problem: { kind: "refused", message: answer.message } };
}

/** The queue after an outcome for one of its changes. */
export function afterOutcome(entries: readonly QueuedChange[], order: number, outcome: SendOutcome): QueuedChange[] {
  if (outcome.kind === "retry") return [...entries];
  if (outcome.kind === "sent") return entries.filter((entry) => entry.order !== order);
  return entries.map((entry) => (entry.order === order ? { ...entry, problem: outcome.problem } : entry));
}
