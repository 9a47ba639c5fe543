// The chain's verdict in words: the same on the evidence page, in the pack's report and from the CLI.
import type { ChainVerdict } from "@/lib/evidence/verify";

export function chainWords(verdict: ChainVerdict): string {
  if (verdict.intact) return `Intact: ${verdict.events === 1 ? "1 event" : `${verdict.events} events`}, each matching its hash.`;
  return `Broken at event ${verdict.brokenAt.seq}. ${verdict.reason}`;
}
