// How a service's readiness reads on the screens: the readiness page and the services page alike.
import { formatDate, formatMinutes } from "@/lib/format";
import type { ReadinessState } from "@/lib/readiness/types";
import type { ServiceReadinessView } from "@/lib/readiness/present";

export const READINESS_LABELS: Record<ReadinessState, string> = {
  proven: "Proven",
  missed: "RTO missed",
  lapsed: "Lapsed",
  never: "Never proven",
};

type Proof = NonNullable<ServiceReadinessView["proof"]>;

/** "Drill #12" or "Incident #7". */
export function proofSource(proof: Proof): string {
  return `${proof.incident.isDrill ? "Drill" : "Incident"} #${proof.incident.number}`;
}

/** "20 min (RTO 1 h)": the recovery time achieved, against the RTO the proof was held to. */
export function achievedAgainstRto(proof: Proof): string {
  return `${formatMinutes(proof.recoveryMinutes)} (RTO ${formatMinutes(proof.rtoMinutes)})`;
}

/** When the next test is due: now, overdue since the proof lapsed, or by the end of its interval. */
export function nextTestInWords({ state, nextTestDueAt }: Pick<ServiceReadinessView, "state" | "nextTestDueAt">): string {
  if (!nextTestDueAt) return "Due now";
  return state === "lapsed" ? `Overdue since ${formatDate(nextTestDueAt)}` : `Due by ${formatDate(nextTestDueAt)}`;
}

/** One line for the service: why the proof lapsed, or what proves it, or that nothing has. */
export function readinessInWords(entry: ServiceReadinessView): string {
  const { proof, lapses } = entry;
  if (!proof) return "Never restored in a drill or an incident";
  if (lapses.length > 0) return lapses[0].words;
  return `${proofSource(proof)} on ${formatDate(proof.at)}: back in ${achievedAgainstRto(proof)}`;
}
