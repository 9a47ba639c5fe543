"use client";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { WORKER_URL } from "./cache-names";
import { sendQueue } from "./send-queue";

// A change that could not get out while the browser thought it was online (a server restarting)
// is tried again this often, not only when the network comes back.
const RETRY_MS = 30_000;

/** After the page has loaded and the browser is idle: the worker must not cost the first paint. */
function whenIdle(run: () => void): () => void {
  let handle: number | undefined;
  const schedule = () => {
    // Safari has no requestIdleCallback.
    handle = typeof requestIdleCallback === "function" ? requestIdleCallback(run, { timeout: 5_000 }) : Number(setTimeout(run, 1_000));
  };
  if (document.readyState === "complete") schedule();
  else window.addEventListener("load", schedule, { once: true });
  return () => {
    window.removeEventListener("load", schedule);
    if (handle === undefined) return;
    if (typeof cancelIdleCallback === "function") cancelIdleCallback(handle);
    else clearTimeout(handle);
  };
}

/**
 * Makes Muster work offline on every signed-in page: registers the service worker, and sends what
 * was queued offline when the page opens online, whenever the connection comes back, and now and
 * then in between.
 */
export function OfflineSupport() {
  const queryClient = useQueryClient();
  useEffect(() => {
    const send = () => void sendQueue(queryClient);
    window.addEventListener("online", send);
    const retry = setInterval(() => navigator.onLine && send(), RETRY_MS);
    const cancel = whenIdle(() => {
      if ("serviceWorker" in navigator) void navigator.serviceWorker.register(WORKER_URL, { scope: "/" }).catch(() => undefined);
      if (navigator.onLine) send();
    });
    return () => {
      window.removeEventListener("online", send);
      clearInterval(retry);
      cancel();
    };
  }, [queryClient]);
  return null;
}
