"use client";
// On sign-out the device forgets what it kept for this person: the pages and reads the service
// worker cached, and the changes queued offline. The next person to sign in on it sees none of it.
import { PAGES_CACHE, READS_CACHE } from "./cache-names";
import { emptyQueue } from "./queue-store";

export async function forgetDeviceData(): Promise<void> {
  const caches = "caches" in window ? [PAGES_CACHE, READS_CACHE].map((name) => window.caches.delete(name)) : [];
  await Promise.allSettled([...caches, emptyQueue()]);
}
