import Link from "next/link";
import { PlanLastChange } from "@/app/(app)/components/plan-last-change";
import { AddObligation } from "@/app/(app)/plan/obligations/components/add-obligation";
import { ObligationCard } from "@/app/(app)/plan/obligations/components/obligation-card";
import { buttonClasses } from "@/components/ui/button-classes";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import type { ReportingObligationView } from "@/lib/obligations/types";

type ObligationsPageProps = { obligations: ReportingObligationView[]; canEdit: boolean };

/** The plan's reporting obligations: what a regulator must be told, and by when, once an incident is classified under one. */
export function ObligationsPage({ obligations, canEdit }: ObligationsPageProps) {
  const hasDora = obligations.some((obligation) => obligation.key === "dora-major-ict-incident");
  return (
    <div className="space-y-8">
      <PageHeader
        title="Reporting obligations"
        description="Reports a regulator expects after a major incident, and their deadlines. A commander classifies an incident under one; its deadlines then run as clocks in the war room and on the status board."
        footnote={<PlanLastChange page="obligations" />}
        actions={
          <Link href="/plan" className={buttonClasses("secondary")}>
            Plan document
          </Link>
        }
      />
      {obligations.length ? (
        <ul className="grid gap-4 lg:grid-cols-2">
          {obligations.map((obligation) => (
            <ObligationCard key={`${obligation.key}:${JSON.stringify(obligation)}`} obligation={obligation} canEdit={canEdit} />
          ))}
        </ul>
      ) : (
        <EmptyState>
          The plan holds no reporting obligation. {canEdit ? "Add DORA's major ICT incident reporting in one step, or write one of your own." : "A plan admin can add one."}
        </EmptyState>
      )}
      {canEdit && <AddObligation offerDora={!hasDora} />}
    </div>
  );
}
