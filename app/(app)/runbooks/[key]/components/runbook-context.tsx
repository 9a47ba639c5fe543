import Link from "next/link";
import { Card } from "@/components/ui/card";
import { Icon } from "@/components/ui/icon";
import type { RunbookWithSteps } from "@/lib/runbooks/data";

const LINK_CLASSES = "font-medium text-accent hover:underline";

/** How to recognise the situation, and where the runbook is used: scenarios and drills. */
export function RunbookContext({ runbook }: { runbook: RunbookWithSteps }) {
  const { detection, scenarios, drills } = runbook;
  if (!detection.length && !scenarios.length && !drills.length) return null;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {detection.length > 0 && (
        <Card className="p-5">
          <h2 className="flex items-center gap-2 text-sm font-semibold text-ink">
            <Icon name="alert" className="size-4 text-major" />
            Detection signals
          </h2>
          <ul className="mt-3 list-disc space-y-1 pl-5 text-sm text-ink marker:text-line-strong">
            {detection.map((signal) => (
              <li key={signal}>{signal}</li>
            ))}
          </ul>
        </Card>
      )}
      {(scenarios.length > 0 || drills.length > 0) && (
        <Card className="p-5">
          <h2 className="text-sm font-semibold text-ink">Used for</h2>
          <ul className="mt-3 space-y-1.5 text-sm">
            {scenarios.map(({ scenario }) => (
              <li key={scenario.key}>
                <span className="text-ink-muted">Scenario: </span>
                <Link href={`/scenarios#${scenario.key}`} className={LINK_CLASSES}>
                  {scenario.name}
                </Link>
              </li>
            ))}
            {drills.map((drill) => (
              <li key={drill.key}>
                <span className="text-ink-muted">Drill: </span>
                <Link href="/backups#recovery-testing" className={LINK_CLASSES}>
                  {drill.testType}
                </Link>
                <span className="text-ink-muted"> · {drill.frequency}</span>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}
