import { MINUTE_MS } from "@/lib/format";

/**
 * Reports dropped database connections at most once a minute: a stop or an outage drops every
 * pooled connection at once, and one line says as much as ten.
 */
export function connectionErrorReporter(what: string): (error: Error) => void {
  let reportedAt = -Infinity;
  return (error) => {
    const now = Date.now();
    if (now - reportedAt < MINUTE_MS) return;
    reportedAt = now;
    console.error(`${what} failed: ${error.message} (further failures within a minute are not reported)`);
  };
}
