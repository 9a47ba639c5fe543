// The chain's verdict in words: the same on the evidence page, in the pack's report and from the CLI.
import type { ChainVerdict } from "@/lib/evidence/verify";

/** "Intact" or "Broken at event 5". */
export function chainHeadline(verdict: ChainVerdict): string {
  return verdict.intact ? "Intact" : `Broken at event ${verdict.brokenAt.seq}`;
}

/** What was checked, or what failed. */
export function chainDetail(verdict: ChainVerdict): string {
  if (!verdict.intact) return verdict.reason;
  return `${verdict.events === 1 ? "1 event" : `${verdict.events} events`}, each matching its hash.`;
}

/** "Intact: 24 events, each matching its hash." */
export function chainWords(verdict: ChainVerdict): string {
  return `${chainHeadline(verdict)}: ${chainDetail(verdict)}`;
}
