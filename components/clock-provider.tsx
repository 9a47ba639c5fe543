"use client";
// One clock for every countdown on a screen. The first render uses the server's render time, so
// the HTML the server sent and the browser's first render agree; after that the browser's clock
// ticks, every countdown on the same whole second.
import { createContext, useContext, useSyncExternalStore, type ReactNode } from "react";

const RenderedAt = createContext<number | null>(null);

export function ClockProvider({ renderedAt, children }: { renderedAt: Date; children: ReactNode }) {
  return <RenderedAt value={renderedAt.getTime()}>{children}</RenderedAt>;
}

const subscriptions = new Map<number, (onTick: () => void) => () => void>();

function subscribeEvery(intervalMs: number) {
  let subscribe = subscriptions.get(intervalMs);
  if (!subscribe) {
    // Checking a few times per interval keeps the display within a fraction of it of the real
    // time; React re-renders only when the rounded time changes.
    const checkEveryMs = Math.min(intervalMs / 4, 1_000);
    subscribe = (onTick) => {
      const timer = setInterval(onTick, checkEveryMs);
      return () => clearInterval(timer);
    };
    subscriptions.set(intervalMs, subscribe);
  }
  return subscribe;
}

/**
 * The time now, in milliseconds, rounded down to `intervalMs` and updated as often; null while
 * rendering outside a ClockProvider on the server, where the browser's time is not known.
 */
export function useNow(intervalMs = 1_000): number | null {
  const renderedAt = useContext(RenderedAt);
  return useSyncExternalStore(
    subscribeEvery(intervalMs),
    () => Math.floor(Date.now() / intervalMs) * intervalMs,
    () => renderedAt,
  );
}
