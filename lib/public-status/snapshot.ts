import "server-only";
// The public status page, its JSON and its feed as bytes held in memory: built when this node
// commits or hears of a change that may show publicly (lib/public-status/changes.ts), and when the
// scheduler's pass finds the state changed on its own (the database gone, an incident aged out of
// the history), never per request. A crowd costs a lookup and a write, not a database read.
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { appUrl } from "@/lib/app-url";
import { publicStatusAtom } from "@/lib/public-status/atom";
import { onPublicStatusChange } from "@/lib/public-status/changes";
import { PUBLIC_STATUS_UNAVAILABLE, PublicStatusUnavailable, readPublicStatus } from "@/lib/public-status/data";
import { publicStatusHtml, type PageStyles } from "@/lib/public-status/html";
import { presentPublicStatus } from "@/lib/public-status/present";
import { builtStylesheets } from "@/lib/public-status/stylesheet";
import type { PublicStatusView } from "@/lib/public-status/types";

/** One body, and its gzip compressed once here rather than per request; each with its own ETag. */
export type PublicBody = { status: number; contentType: string; bytes: Buffer; etag: string; gzip: { bytes: Buffer; etag: string } };

export type PublicSnapshot = {
  /** Counts up with every snapshot this process installs; a newer one is never replaced by an older one. */
  version: number;
  /** The state, null when there is none to show (the database has not answered since the start). */
  view: PublicStatusView | null;
  json: PublicBody;
  atom: PublicBody;
  html: PublicBody;
};

type Bodies = Pick<PublicSnapshot, "json" | "atom" | "html">;

// Per process, kept when the module is loaded again (the development server's reloads, a test).
type SnapshotState = {
  current?: PublicSnapshot;
  /** Changes signalled so far, and the count the installed snapshot was read after. */
  changes: number;
  builtFor: number;
  /** The build under way: one at a time, so snapshots are installed in the order they were read. */
  round?: Promise<void>;
  styles?: PageStyles;
  unsubscribe?: () => void;
};
const memory = globalThis as unknown as { musterPublicSnapshot?: SnapshotState };
const state = (memory.musterPublicSnapshot ??= { changes: 0, builtFor: -1 });

// Strong and content-addressed: the same bytes have the same tag on every node and every start.
const tagOf = (bytes: Buffer, suffix = "") => `"${createHash("sha256").update(bytes).digest("base64url").slice(0, 27)}${suffix}"`;

function body(status: number, contentType: string, text: string): PublicBody {
  const bytes = Buffer.from(text);
  return { status, contentType, bytes, etag: tagOf(bytes), gzip: { bytes: gzipSync(bytes), etag: tagOf(bytes, "-gzip") } };
}

/** The three bodies of one state. `styles` links the built CSS (served) or carries it (exported). */
export function publicStatusBodies(view: PublicStatusView | null, { styles, links }: { styles: PageStyles; links: { json: string; atom: string } }): Bodies {
  const html = body(200, "text/html; charset=utf-8", publicStatusHtml(view, links, styles));
  if (!view) {
    const refusal = JSON.stringify({ error: PUBLIC_STATUS_UNAVAILABLE });
    return { html, json: body(503, "application/json", refusal), atom: body(503, "application/json", refusal) };
  }
  const presented = presentPublicStatus(view);
  return {
    html,
    json: body(200, "application/json", JSON.stringify(presented)),
    atom: body(200, "application/atom+xml; charset=utf-8", publicStatusAtom(presented, appUrl("/status/public"), appUrl("/status/public.atom"))),
  };
}

/** What the state says, whenever it was read. */
const sameState = (a: PublicStatusView | null, b: PublicStatusView | null) =>
  JSON.stringify(a && { ...presentPublicStatus(a), asOf: null, stale: null, unreachableSince: null }) ===
  JSON.stringify(b && { ...presentPublicStatus(b), asOf: null, stale: null, unreachableSince: null });

async function readView(): Promise<PublicStatusView | null> {
  try {
    return await readPublicStatus();
  } catch (error) {
    if (error instanceof PublicStatusUnavailable) return null;
    throw error;
  }
}

/**
 * Installs what was read unless it says what the installed snapshot says: then the snapshot, and
 * its ETag, stay. The time shown is when the state was first read, so it changes only with the state.
 */
function install(read: PublicStatusView | null) {
  const previous = state.current?.view ?? null;
  const view = read && previous && sameState(read, previous) ? { ...read, asOf: previous.asOf } : read;
  if (state.current && view?.stale === previous?.stale && view?.unreachableSince === previous?.unreachableSince && sameState(view, previous)) return;
  // The development server serves its CSS at addresses of its own: there the built CSS goes inside.
  state.styles ??= { stylesheets: builtStylesheets(), inline: process.env.NODE_ENV !== "production" };
  const bodies = publicStatusBodies(view, { styles: state.styles, links: { json: "/status/public.json", atom: "/status/public.atom" } });
  state.current = { version: (state.current?.version ?? 0) + 1, view, ...bodies };
}

function buildRound(): Promise<void> {
  return (state.round ??= (async () => {
    const target = state.changes;
    try {
      install(await readView());
      state.builtFor = Math.max(state.builtFor, target);
    } finally {
      state.round = undefined;
    }
  })());
}

/** Builds until the snapshot was read after the `wanted`th change; builds in flight are shared. */
async function buildUpTo(wanted: number) {
  while (state.builtFor < wanted) await buildRound();
}

/**
 * The snapshot to serve. After a change this node knows of, the next answer waits for the one
 * build that follows it (shared by every request meanwhile): whoever posted an update sees it.
 */
export async function publicSnapshot(): Promise<PublicSnapshot> {
  if (state.current && state.builtFor >= state.changes) return state.current;
  try {
    await buildUpTo(state.changes);
  } catch (error) {
    if (!state.current) throw error;
    console.error("The public status page could not be built again; the last one is served", error);
  }
  return state.current!;
}

/** The scheduler's pass: reads the state again without holding any answer back. */
export async function refreshPublicSnapshot() {
  await buildRound();
}

// Built at once after a change, so the crowd that follows finds it ready; a process that has not
// served the page yet (a script, a test) builds it when first asked.
state.unsubscribe ??= onPublicStatusChange(() => {
  state.changes++;
  if (state.current) buildUpTo(state.changes).catch((error: unknown) => console.error("The public status page could not be built again", error));
});
