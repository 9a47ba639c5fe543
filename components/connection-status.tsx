"use client";
import { useEffect, useState } from "react";
import type { LiveStatus } from "@/components/live/use-incident-live";
import { useOnline } from "@/components/offline/use-online";
import { useQueuedChanges } from "@/components/offline/use-queued-changes";

// A connection that blips and comes straight back is not worth alarming anyone over.
const DROP_GRACE_MS = 1_500;

const PILL = "inline-flex shrink-0 items-center gap-1.5 rounded-full border px-2.5 py-1 text-xs font-medium";

function Pill({ tone, dot, children }: { tone: string; dot: string; children: string }) {
  return (
    <p role="status" aria-label="Connection" className={`${PILL} ${tone}`}>
      <span aria-hidden="true" className={`size-2 rounded-full ${dot}`} />
      {children}
    </p>
  );
}

const CONNECTING = <Pill tone="border-line bg-surface text-ink-muted" dot="bg-ink-muted">Connecting</Pill>;

/** A connection that was live and dropped: said calmly at first, as a warning once past the grace. */
function Dropped() {
  const [pastGrace, setPastGrace] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setPastGrace(true), DROP_GRACE_MS);
    return () => clearTimeout(timer);
  }, []);
  if (!pastGrace) return CONNECTING;
  return (
    <Pill tone="border-major-line bg-major-soft text-major" dot="animate-pulse bg-major">
      Reconnecting…
    </Pill>
  );
}

/**
 * Whether what is on screen is live: a responder on a phone must know when it is not. The first
 * connection of a page load reads "Connecting"; "Reconnecting…" is kept for one that was up and
 * has stayed down past a short grace. With no network at all it says so, and how many changes made
 * here wait to be sent.
 */
export function ConnectionStatus({ status }: { status: LiveStatus }) {
  const online = useOnline();
  const waiting = useQueuedChanges().filter((change) => !change.problem).length;
  if (!online || (status === "offline" && waiting > 0)) {
    const words = waiting === 0 ? "Offline" : `Offline — ${waiting} ${waiting === 1 ? "change" : "changes"} waiting to send`;
    return <Pill tone="border-major-line bg-major-soft text-major" dot="bg-major">{words}</Pill>;
  }
  if (status === "live") return <Pill tone="border-ok-line bg-ok-soft text-ok" dot="bg-ok">Live</Pill>;
  return status === "offline" ? <Dropped /> : CONNECTING;
}
