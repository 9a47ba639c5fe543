import { Card } from "@/components/ui/card";
import { CopyButton } from "@/components/ui/copy-button";
import { PathText } from "@/components/ui/path-text";
import { Section } from "@/components/ui/section";
import type { ScriptCategory } from "@/lib/generated/prisma/enums";
import type { RecoveryScriptRecord } from "@/lib/runbooks/data";

const CATEGORIES: { category: ScriptCategory; title: string }[] = [
  { category: "core", title: "Core recovery scripts" },
  { category: "utility", title: "Utility scripts" },
];

export function RecoveryScripts({ scripts }: { scripts: RecoveryScriptRecord[] }) {
  return (
    <Section id="recovery-scripts" title="Recovery scripts" description="The scripts the plan provides, and what each is for.">
      <div className="grid gap-4 md:grid-cols-2">
        {CATEGORIES.map(({ category, title }) => (
          <Card key={category} className="p-5">
            <h3 className="text-sm font-semibold text-ink">{title}</h3>
            <ul className="mt-3 divide-y divide-line">
              {scripts
                .filter((script) => script.category === category)
                .map((script) => (
                  <li key={script.path} className="py-3 first:pt-0 last:pb-0">
                    <div className="flex items-start justify-between gap-3">
                      <code className="min-w-0 pt-1.5 font-mono text-[13px] text-ink [overflow-wrap:anywhere]">
                        <PathText text={script.path} />
                      </code>
                      <CopyButton text={script.path} label="Copy script path" />
                    </div>
                    <ul className="mt-1.5 list-disc space-y-0.5 pl-5 text-sm text-ink-muted marker:text-line-strong">
                      {script.purposes.map((purpose) => (
                        <li key={purpose}>{purpose}</li>
                      ))}
                    </ul>
                  </li>
                ))}
            </ul>
          </Card>
        ))}
      </div>
    </Section>
  );
}
