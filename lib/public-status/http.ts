import { PublicStatusUnavailable } from "@/lib/public-status/data";

/**
 * Caches in front of Muster may keep the public status for a few seconds, and serve it for a day
 * if Muster itself stops answering (RFC 5861 stale-if-error).
 */
export const PUBLIC_STATUS_CACHE = { "Cache-Control": "public, max-age=10, stale-if-error=86400" };

/** 503 when there is no state at all to show (the database has not answered since the start). */
export function publicStatusUnavailable(error: unknown): Response {
  if (!(error instanceof PublicStatusUnavailable)) throw error;
  return Response.json({ error: error.message }, { status: 503, headers: { "Retry-After": "30" } });
}
