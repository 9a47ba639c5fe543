import Link from "next/link";
import { ActiveIncidents } from "@/app/(app)/components/active-incidents";
import { BackupAlerts } from "@/app/(app)/components/backup-alerts";
import { NextReviewNotice } from "@/app/(app)/components/next-review-notice";
import { PlanSectionCard } from "@/app/(app)/components/plan-section-card";
import { PageHeader } from "@/components/ui/page-header";
import { formatCount } from "@/lib/format";
import type { ActiveIncidentItem } from "@/components/live/active-incidents-query";
import type { BackupAlertView } from "@/lib/backups/present";
import type { PlanOverview } from "@/lib/plan/data";
import type { ReadinessView } from "@/lib/readiness/present";

type HomePageProps = {
  activeIncidents: ActiveIncidentItem[];
  overview: PlanOverview;
  readiness: ReadinessView["counts"];
  now: Date;
  backupAlerts: BackupAlertView[];
  /** For plan admins, when the break-glass bundle holds an older version of the plan. */
  staleBundle: string | null;
};

/** The home page: the incidents being worked come first, then the plan at a glance. */
export function HomePage({ activeIncidents, overview, readiness, now, backupAlerts, staleBundle }: HomePageProps) {
  const { document } = overview;
  return (
    <>
      <ActiveIncidents initial={activeIncidents} renderedAt={now} />
      <PageHeader
        eyebrow="The plan at a glance"
        title={document.title}
        description={
          <div className="space-y-3">
            <p>
              Version {document.version}, owned by {document.owner}.
            </p>
            <NextReviewNotice nextReviewAt={document.nextReviewAt} now={now} />
          </div>
        }
      />
      {staleBundle && (
        <p role="status" className="mb-6 rounded-xl border border-major-line bg-major-soft px-4 py-3 text-sm text-ink" data-stale-bundle>
          {staleBundle}{" "}
          <Link href="/plan#approval" className="font-medium underline underline-offset-4">
            Make it on the plan page
          </Link>
        </p>
      )}
      {backupAlerts.length > 0 && (
        <div className="mb-6">
          <BackupAlerts alerts={backupAlerts} />
        </div>
      )}
      <ul className="grid gap-4 sm:grid-cols-2">
        <PlanSectionCard
          href="/services"
          title="Services"
          summary="The priority matrix, the dependency graph, and what must come back first."
          figures={[
            { value: overview.services, label: "services" },
            { value: overview.ratedServices, label: "in the priority matrix" },
          ]}
        />
        <PlanSectionCard
          href="/scenarios"
          title="Scenarios"
          summary="Disasters by tier, with their recovery objectives and runbooks."
          figures={[{ value: overview.scenarios, label: "scenarios" }]}
        />
        <PlanSectionCard
          href="/contacts"
          title="Contacts"
          summary="Who to call: the response team, vendors, and when to escalate."
          figures={[
            { value: overview.responseTeam, label: "response team" },
            { value: overview.externalContacts, label: "external" },
            { value: overview.escalationLevels, label: "escalation levels" },
          ]}
          note={
            overview.demoContacts > 0 && (
              <span className="text-major">{formatCount(overview.demoContacts, "contact")} still hold demo values.</span>
            )
          }
        />
        <PlanSectionCard
          href="/runbooks"
          title="Runbooks"
          summary="Step-by-step procedures with their time windows and scripts."
          figures={[
            { value: overview.runbooks, label: "runbooks" },
            { value: overview.scripts, label: "recovery scripts" },
          ]}
        />
        <PlanSectionCard
          href="/backups"
          title="Backups & testing"
          summary="Backup policies, verification checks and the recovery testing schedule."
          figures={[
            { value: overview.backupPolicies, label: "backup policies" },
            { value: overview.verificationChecks, label: "verification checks" },
            { value: overview.drillTypes, label: "test types" },
          ]}
        />
        <PlanSectionCard
          href="/readiness"
          title="Readiness"
          summary="Whether each service's recovery is still proven by a drill or an incident."
          figures={[
            { value: readiness.proven + readiness.missed, label: "proofs standing" },
            { value: readiness.lapsed, label: "lapsed" },
            { value: readiness.never, label: "never proven" },
          ]}
        />
        <PlanSectionCard
          href="/plan"
          title="Plan"
          summary="The document itself: version, reviews, lists and action items."
          figures={[
            { value: overview.openActionItems, label: "open action items" },
            { value: overview.planLists, label: "plan lists" },
          ]}
        />
      </ul>
    </>
  );
}
