// The plan's document control as the document carries it: whether the version in force is
// approved (and by whom, when), every approval before, and the distribution list.
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/format";
import { approvalWords } from "@/lib/plan/approvals/present";

type Approval = { id: string; version: string; approvedAt: Date; note: string | null; approvedBy: { name: string } };

type DocumentControlProps = {
  version: string;
  approvals: readonly Approval[];
  distribution: readonly string[];
  /** The level of its own headings, one below the heading it stands under. */
  headingLevel?: 2 | 3;
};

export function DocumentControl({ version, approvals, distribution, headingLevel = 3 }: DocumentControlProps) {
  const { approved, words } = approvalWords(version, approvals[0]);
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="space-y-3 text-sm" data-document-control>
      <p className="flex flex-wrap items-center gap-2 text-ink">
        {!approved && <Badge tone="major">Not approved</Badge>}
        <span data-approval>{words}</span>
      </p>
      {approvals.length > 0 && (
        <div>
          <Heading className="font-semibold text-ink">Approvals</Heading>
          <ul className="mt-1 space-y-0.5 text-ink-muted">
            {approvals.map((approval) => (
              <li key={approval.id}>
                v{approval.version} by {approval.approvedBy.name} on {formatDate(approval.approvedAt)}
                {approval.note && <> — {approval.note}</>}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div>
        <Heading className="font-semibold text-ink">Distribution</Heading>
        <p className="mt-1 text-ink-muted">{distribution.length ? distribution.join(", ") : "No one is on the distribution list yet."}</p>
      </div>
    </div>
  );
}
