import Link from "next/link";
import { DrillCard, type DrillCardView } from "@/app/(app)/drills/components/drill-card";
import { PageHeader } from "@/components/ui/page-header";

type DrillsPageProps = { drills: DrillCardView[]; canStart: boolean; renderedAt: Date };

/** The recovery testing schedule, run as drills: each test's state, last run and next due date. */
export function DrillsPage({ drills, canStart, renderedAt }: DrillsPageProps) {
  return (
    <div className="space-y-8">
      <PageHeader
        title="Drills"
        description={
          <>
            The plan&apos;s recovery testing schedule. Each test is run as a drill: an exercise in a war room of its own, kept off the public page, outside
            paging and the real metrics. Frequencies and procedures are edited on{" "}
            <Link href="/backups#recovery-testing" className="font-medium text-accent hover:underline">
              Backups &amp; testing
            </Link>
            .
          </>
        }
      />
      <ul className="grid gap-4 lg:grid-cols-2">
        {drills.map((drill) => (
          <li key={drill.key}>
            <DrillCard drill={drill} canStart={canStart} renderedAt={renderedAt} />
          </li>
        ))}
      </ul>
    </div>
  );
}
