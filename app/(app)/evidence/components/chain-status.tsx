import { Badge } from "@/components/ui/badge";
import type { ChainVerdict } from "@/lib/evidence/verify";
import { chainDetail, chainHeadline } from "@/lib/evidence/words";

/** Whether the timeline still matches its hash chain: in words, not colour alone. */
export function ChainStatus({ verdict }: { verdict: ChainVerdict }) {
  return (
    <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-ink-muted">
      <Badge tone={verdict.intact ? "ok" : "critical"}>Timeline {chainHeadline(verdict).toLowerCase()}</Badge>
      <span>{chainDetail(verdict)}</span>
    </p>
  );
}
