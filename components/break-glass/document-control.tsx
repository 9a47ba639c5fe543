// The plan's document control as the document carries it: whether the version in force is
// approved (and by whom, when), every approval before, and the distribution list.
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/format";
import { approvalWords } from "@/lib/plan/approvals/present";

type Approval = { id: string; version: string; approvedAt: Date; note: string | null; approvedBy: { name: string } };

export function DocumentControl({ version, approvals, distribution }: { version: string; approvals: readonly Approval[]; distribution: readonly string[] }) {
  const { approved, words } = approvalWords(version, approvals[0]);
  return (
    <div className="space-y-3 text-sm" data-document-control>
      <p className="flex flex-wrap items-center gap-2 text-ink">
        {!approved && <Badge tone="major">Not approved</Badge>}
        <span data-approval>{words}</span>
      </p>
      {approvals.length > 0 && (
        <div>
          <h3 className="font-semibold text-ink">Approvals</h3>
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
        <h3 className="font-semibold text-ink">Distribution</h3>
        <p className="mt-1 text-ink-muted">{distribution.length ? distribution.join(", ") : "No one is on the distribution list yet."}</p>
      </div>
    </div>
  );
}
