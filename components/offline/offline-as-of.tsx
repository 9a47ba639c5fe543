"use client";
import { formatDateTime } from "@/components/clock-format";
import { useOnline } from "./use-online";

/**
 * Offline, a page is the copy the device kept from its last visit: this says so, and from when.
 * The time is the server's render, which the kept copy carries.
 */
export function OfflineAsOf({ renderedAt }: { renderedAt: string }) {
  const online = useOnline();
  if (online) return null;
  return (
    <p role="status" className="mb-4 rounded-lg border border-major-line bg-major-soft px-3 py-2 text-sm font-medium text-major">
      Offline — as of <time dateTime={renderedAt}>{formatDateTime(renderedAt)}</time> UTC, the last time this device opened this page.
    </p>
  );
}
