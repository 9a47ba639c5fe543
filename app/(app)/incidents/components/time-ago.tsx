"use client";
import { formatMinutesAgo } from "@/components/clock-format";
import { MINUTE_MS } from "@/lib/format";
import { useNow } from "@/components/clock-provider";

/** "12 min ago", kept current each minute. */
export function TimeAgo({ since }: { since: string }) {
  const now = useNow(MINUTE_MS);
  if (now === null) return null;
  return <time dateTime={since}>{formatMinutesAgo(now - Date.parse(since))}</time>;
}
