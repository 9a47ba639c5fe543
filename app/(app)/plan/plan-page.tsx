import Link from "next/link";
import { PlanLastChange } from "@/app/(app)/components/plan-last-change";
import { BreakGlassPanel } from "@/app/(app)/plan/components/break-glass-panel";
import { DocumentDetails } from "@/app/(app)/plan/components/document-details";
import { DocumentEditForm } from "@/app/(app)/plan/components/document-edit-form";
import { PlanChapter } from "@/app/(app)/plan/components/plan-chapter";
import { PlanCodePanel } from "@/app/(app)/plan/components/plan-code-panel";
import { PlanListCard } from "@/app/(app)/plan/components/plan-list-card";
import { RecordReviewButton } from "@/app/(app)/plan/components/record-review-button";
import { ReviewAgendaCard } from "@/app/(app)/plan/components/review-agenda-card";
import { ReviewCadenceCard } from "@/app/(app)/plan/components/review-cadence-card";
import { ActionItemTable } from "@/components/action-item-table";
import { buttonClasses } from "@/components/ui/button-classes";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import type { PlanDocument, PlanReviewCadence, ReviewAgendaItem } from "@/lib/generated/prisma/client";
import type { PlanApprovalRecord } from "@/lib/plan/approvals/data";
import type { UpkeepItem } from "@/lib/plan/upkeep";
import type { Jsonify } from "@/lib/json";
import type { PlanActionItem, PlanListWithItems } from "@/lib/plan/data";

type PlanPageProps = {
  document: PlanDocument;
  /** Who approved which version, newest first. */
  approvals: PlanApprovalRecord[];
  cadences: PlanReviewCadence[];
  upkeep: UpkeepItem[];
  lists: PlanListWithItems[];
  agenda: ReviewAgendaItem[];
  actionItems: Jsonify<PlanActionItem>[];
  /** Plan admins move the plan's own action items along. */
  canEditActionItems: boolean;
  canRecordReview: boolean;
  /** Plan admins download the plan as code and import it. */
  canExchangePlanCode: boolean;
  /** Plan admins edit the document's details, the regular reviews, the review agenda and the lists. */
  canEditPlan: boolean;
  now: Date;
};

// The plan's lists sit under its chapters ("Continuous Improvement › Metrics and KPIs"): grouped
// by chapter here, in the plan's order. The review chapter's lists join the review agenda.
const REVIEW_CHAPTER = "Post-Incident Review Process";

function chapterOf(list: PlanListWithItems): string {
  return list.section.split("›")[0].trim();
}

function listsInChapter(lists: PlanListWithItems[], chapter: string) {
  return lists.filter((list) => chapterOf(list) === chapter);
}

export function PlanPage({ document, approvals, cadences, upkeep, lists, agenda, actionItems, canEditActionItems, canRecordReview, canExchangePlanCode, canEditPlan, now }: PlanPageProps) {
  const chapters = [...new Set(lists.map(chapterOf))];
  return (
    <div className="space-y-12">
      <PageHeader
        title="Plan document"
        footnote={<PlanLastChange page="plan" />}
        description={document.title}
        actions={
          <div className="flex flex-wrap gap-2">
            <Link href="/plan/document" className={buttonClasses("secondary")}>
              Read as one document
            </Link>
            <Link href="/plan/obligations" className={buttonClasses("secondary")}>
              Reporting obligations
            </Link>
            {canRecordReview && <RecordReviewButton />}
          </div>
        }
      />
      <Section id="document" title="Document">
        <DocumentDetails document={document} now={now} />
        {canEditPlan && <DocumentEditForm document={document} />}
      </Section>
      <Section id="approval" title="Approval, distribution and break-glass copies">
        <BreakGlassPanel document={document} approvals={approvals} canEdit={canEditPlan} />
      </Section>
      {canExchangePlanCode && (
        <Section id="plan-as-code" title="Plan as code" description="Export the whole plan as YAML or JSON, and import a changed file as a new plan version.">
          <PlanCodePanel />
        </Section>
      )}
      <Section id="regular-reviews" title="Regular reviews">
        <ul className="grid gap-4 md:grid-cols-3">
          {cadences.map((cadence) => (
            <ReviewCadenceCard key={cadence.key} cadence={cadence} upkeep={upkeep.find((item) => item.key === cadence.key)} canEdit={canEditPlan} now={now} />
          ))}
        </ul>
      </Section>
      <Section id="action-items" title="Action items" description="The plan's own improvements, tracked until done.">
        {actionItems.length ? (
          <ActionItemTable items={actionItems.map((item) => ({ ...item, canEdit: canEditActionItems }))} now={now.getTime()} />
        ) : (
          <p className="text-sm text-ink-muted">No action items.</p>
        )}
      </Section>
      <Section id="post-incident-review" title="Post-incident review" description="A meeting within 48 hours of resolution.">
        <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          <ReviewAgendaCard agenda={agenda} canEdit={canEditPlan} />
          {listsInChapter(lists, REVIEW_CHAPTER).map((list) => (
            <PlanListCard key={list.key} list={list} canEdit={canEditPlan} />
          ))}
        </ul>
      </Section>
      {chapters
        .filter((chapter) => chapter !== REVIEW_CHAPTER)
        .map((chapter) => (
          <PlanChapter key={chapter} title={chapter} lists={listsInChapter(lists, chapter)} canEdit={canEditPlan} />
        ))}
    </div>
  );
}
