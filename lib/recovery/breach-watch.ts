// Checks the RTO clocks of active incidents and records each breach as its deadline passes.
import { recordRtoBreaches } from "@/lib/recovery/mutations";

// A breach shows on every screen within this long of its deadline; the countdowns themselves
// run in the browser, to the second.
export const BREACH_CHECK_INTERVAL_MS = 15_000;

export function watchRtoBreaches(): () => void {
  const check = () =>
    recordRtoBreaches().catch((error: unknown) => console.error("Checking RTO deadlines failed", error));
  void check();
  const timer = setInterval(check, BREACH_CHECK_INTERVAL_MS);
  return () => clearInterval(timer);
}
