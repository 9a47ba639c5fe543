import Link from "next/link";
import { DrillBadge } from "@/components/drill-badge";
import { IncidentStateBadge } from "@/components/incident-state-badge";
import { PrintButton } from "@/app/(app)/incidents/[id]/review/components/print-button";
import { ReviewDue } from "@/app/(app)/incidents/[id]/review/components/review-due";
import { SeverityBadge } from "@/components/severity-badge";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { buttonClasses } from "@/components/ui/button-classes";
import type { ReviewView } from "@/lib/reviews/types";

/**
 * Which incident, where its review stands, and the ways to take the review away: download (a
 * drill's is its drill report), print (the print stylesheet makes a clean report for "Save as PDF").
 */
export function ReviewHeader({ detail }: { detail: ReviewView }) {
  const { incident } = detail;
  return (
    <header className="mb-8 space-y-3">
      <Breadcrumbs
        className="print:hidden"
        trail={[
          { label: "Incidents", href: "/incidents" },
          { label: <span className="tabular-nums">#{incident.number}</span>, href: `/incidents/${incident.id}` },
          { label: "Review" },
        ]}
      />
      <h1 className="text-2xl font-semibold tracking-tight text-balance text-ink [overflow-wrap:anywhere] sm:text-3xl">
        <span className="block text-base font-medium text-ink-muted">{incident.isDrill ? "Drill report" : "Post-incident review"}</span>
        <span className="tabular-nums text-ink-muted">#{incident.number}</span> {incident.title}
      </h1>
      <div className="flex flex-wrap items-center gap-1.5">
        <SeverityBadge severity={incident.severity} />
        <IncidentStateBadge state={incident.state} />
        {incident.isDrill && <DrillBadge />}
      </div>
      <ReviewDue detail={detail} />
      <div className="flex flex-wrap gap-2 pt-1 print:hidden">
        <a href={`/api/incidents/${incident.id}/review/export`} download className={buttonClasses("secondary")}>
          {incident.isDrill ? "Download drill report" : "Download Markdown"}
        </a>
        <PrintButton />
        <Link href={`/incidents/${incident.id}`} className={buttonClasses("quiet")}>
          War room
        </Link>
      </div>
    </header>
  );
}
