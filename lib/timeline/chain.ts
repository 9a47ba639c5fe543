// The timeline's hash chain, as the database computes it on every insert (the trigger
// "timeline_event_chain" in the migration timeline_hash_chain). Kept free of server code so an
// exported evidence pack can be checked offline with nothing but this file.
import { createHash } from "node:crypto";

/** What seq 1 of every incident chains to. */
export const GENESIS_HASH = "0".repeat(64);

/** An event as the chain covers it; occurredAt as ISO 8601 UTC with milliseconds. */
export type ChainedContent = {
  incidentId: string;
  seq: number;
  type: string;
  actorId: string | null;
  occurredAt: string;
  data: unknown;
};

/**
 * JSON with every object's keys sorted (by UTF-16 code unit, as Array.prototype.sort does) and no
 * spaces: the same text whatever order the keys were stored or exported in.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** SHA-256 (hex) of the canonical JSON of the event's content with the previous event's hash. */
export function eventHash(event: ChainedContent, previousHash: string): string {
  const { incidentId, seq, type, actorId, occurredAt, data } = event;
  const content = canonicalJson({ actorId, data, incidentId, occurredAt, previousHash, seq, type });
  return createHash("sha256").update(content, "utf8").digest("hex");
}
