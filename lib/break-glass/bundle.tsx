// The break-glass bundle: the plan as static files to keep on a USB stick or a shared drive and
// open when Muster itself is down. Every HTML file is whole (CSS inside, no script, relative links)
// and every file names the plan version and the time the bundle was made.
import "server-only";
import { ContactCards } from "@/components/break-glass/contact-cards";
import { DocumentControl } from "@/components/break-glass/document-control";
import { stampTime } from "@/components/break-glass/plan-stamp-line";
import { QuickReference } from "@/components/break-glass/quick-reference";
import { MarkdownDocument } from "@/app/(app)/plan/document/components/markdown-document";
import { scenarioRunbooks } from "@/lib/break-glass/data";
import { bundlePage } from "@/lib/break-glass/page";
import type { BreakGlassInputs, BundleFile, PlanStamp } from "@/lib/break-glass/types";
import { contactsVcard } from "@/lib/contacts/vcard";
import { approvalWords } from "@/lib/plan/approvals/present";
import { planMarkdown } from "@/lib/plan/document/markdown";
import type { Stylesheet } from "@/lib/public-status/stylesheet";

const LINK = "underline decoration-line-strong underline-offset-4 hover:decoration-accent";
const encoder = new TextEncoder();

type BundleOptions = { madeAt: Date; stylesheets: readonly Stylesheet[] };

/** The plan's Markdown, opened by a line saying which version it is, when it was made, and its approval. */
function markdownFile({ plan, approvals }: BreakGlassInputs, stamp: PlanStamp): string {
  const approval = approvalWords(stamp.version, approvals[0]).words;
  return `> Break-glass copy of plan version ${stamp.version}, made ${stampTime(stamp.madeAt)}. ${approval}\n\n${planMarkdown(plan)}`;
}

export function writeBreakGlassBundle(inputs: BreakGlassInputs, { madeAt, stylesheets }: BundleOptions): BundleFile[] {
  const { plan, approvals, statusAddress } = inputs;
  const stamp: PlanStamp = { version: plan.document.version, madeAt };
  const checklists = plan.scenarios.map((scenario) => ({ scenario, reference: scenarioRunbooks(plan, scenario.key)! }));
  const html = (name: string, page: Parameters<typeof bundlePage>[0]) => ({ name, bytes: encoder.encode(bundlePage(page)) });

  const index = html("index.html", {
    title: plan.document.title,
    stamp,
    stylesheets,
    depth: 0,
    children: (
      <article>
        <h1 className="text-2xl font-semibold tracking-tight text-balance sm:text-3xl">{plan.document.title}</h1>
        <p className="mt-2 text-sm text-ink-muted">
          Version {plan.document.version} · {plan.document.owner}
        </p>
        <section aria-labelledby="document-control" className="my-8 rounded-xl border border-line bg-surface p-4">
          <h2 id="document-control" className="mb-3 text-lg font-semibold">
            Document control
          </h2>
          <DocumentControl version={plan.document.version} approvals={approvals} distribution={plan.document.distribution} />
        </section>
        <section aria-labelledby="in-this-bundle" className="mb-10 print:hidden">
          <h2 id="in-this-bundle" className="mb-2 text-lg font-semibold">
            In this bundle
          </h2>
          <ul className="list-disc space-y-1 pl-6 text-sm">
            <li>
              <a className={LINK} href="cards.html">
                Emergency contact cards
              </a>{" "}
              (Appendix A), to print and cut
            </li>
            <li>
              <a className={LINK} href="checklists/index.html">
                Quick reference checklists
              </a>{" "}
              (Appendix B), one per scenario
            </li>
            <li>
              <a className={LINK} href="contacts.vcf">
                contacts.vcf
              </a>
              : every contact, to import into a phone
            </li>
            <li>
              <a className={LINK} href="plan.md">
                plan.md
              </a>
              : this document as Markdown
            </li>
          </ul>
        </section>
        <MarkdownDocument markdown={planMarkdown(plan)} />
      </article>
    ),
  });

  const cards = html("cards.html", {
    title: "Emergency contact cards",
    stamp,
    stylesheets,
    depth: 0,
    children: (
      <>
        <h1 className="mb-4 text-2xl font-semibold print:hidden">Emergency contact cards</h1>
        <ContactCards contacts={plan.contacts} escalationLevels={plan.escalationLevels} statusAddress={statusAddress} stamp={stamp} />
      </>
    ),
  });

  const checklistIndex = html("checklists/index.html", {
    title: "Quick reference checklists",
    stamp,
    stylesheets,
    depth: 1,
    children: (
      <>
        <h1 className="mb-4 text-2xl font-semibold">Quick reference checklists</h1>
        <ul className="list-disc space-y-1 pl-6 text-sm">
          {checklists.map(({ scenario }) => (
            <li key={scenario.key}>
              <a className={LINK} href={`${scenario.key}.html`}>
                {scenario.name}
              </a>
            </li>
          ))}
        </ul>
      </>
    ),
  });

  const scenarioPages = checklists.map(({ scenario, reference }) =>
    html(`checklists/${scenario.key}.html`, {
      title: scenario.name,
      stamp,
      stylesheets,
      depth: 1,
      children: <QuickReference scenario={scenario} tier={reference.tier} runbooks={reference.runbooks} stamp={stamp} />,
    }),
  );

  return [
    index,
    cards,
    checklistIndex,
    ...scenarioPages,
    { name: "contacts.vcf", bytes: encoder.encode(contactsVcard(plan.contacts, stamp)) },
    { name: "plan.md", bytes: encoder.encode(markdownFile(inputs, stamp)) },
  ];
}
