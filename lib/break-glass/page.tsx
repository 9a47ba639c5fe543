import "server-only";
import { createRequire } from "node:module";
import path from "node:path";
import type { ReactNode } from "react";
import { PlanStampLine } from "@/components/break-glass/plan-stamp-line";
import type { PlanStamp } from "@/lib/break-glass/types";
import type { Stylesheet } from "@/lib/public-status/stylesheet";

type BundlePageOptions = {
  title: string;
  stamp: PlanStamp;
  stylesheets: readonly Stylesheet[];
  /** How far below the bundle's top the file sits: its links climb back that far. */
  depth: 0 | 1;
  children: ReactNode;
};

// Route handlers run under React's server-components build, which has no react-dom/server, and Next
// refuses the import there. These pages are plain HTML rendered once, from components without
// state, so the bundle takes the static renderer from node_modules at run time instead.
const SERVER_RENDERER = ["react-dom", "server"].join("/");
const { renderToStaticMarkup } = createRequire(path.join(process.cwd(), "package.json"))(SERVER_RENDERER) as typeof import("react-dom/server");

const LINK = "underline decoration-line-strong underline-offset-4 hover:decoration-accent";

/**
 * One page of the break-glass bundle as a whole HTML document: the CSS inside, no script, and only
 * relative links, so it reads the same from a USB stick or a shared drive with no server.
 */
export function bundlePage({ title, stamp, stylesheets, depth, children }: BundlePageOptions): string {
  const up = depth ? "../" : "";
  const markup = renderToStaticMarkup(
    <html lang="en">
      {/* eslint-disable-next-line @next/next/no-head-element -- a whole document, rendered outside Next */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · plan v${stamp.version}`}</title>
        {stylesheets.map((sheet) => (
          <style key={sheet.href} dangerouslySetInnerHTML={{ __html: sheet.text }} />
        ))}
      </head>
      <body className="min-h-dvh bg-canvas font-sans text-ink">
        <div className="mx-auto max-w-5xl px-4 py-6 sm:px-6">
          <header className="mb-8 space-y-2 border-b border-line pb-4 print:mb-4">
            <p className="text-xs font-medium tracking-wide text-ink-muted uppercase">Break-glass copy · read without Muster</p>
            <PlanStampLine stamp={stamp} className="text-sm" />
            <nav aria-label="Bundle" className="flex flex-wrap gap-x-4 gap-y-1 text-sm print:hidden">
              <a className={LINK} href={`${up}index.html`}>
                Plan document
              </a>
              <a className={LINK} href={`${up}cards.html`}>
                Contact cards
              </a>
              <a className={LINK} href={`${up}checklists/index.html`}>
                Quick reference checklists
              </a>
              <a className={LINK} href={`${up}contacts.vcf`}>
                Contacts (vCard)
              </a>
              <a className={LINK} href={`${up}plan.md`}>
                Plan (Markdown)
              </a>
            </nav>
          </header>
          <main>{children}</main>
        </div>
      </body>
    </html>,
  );
  return `<!DOCTYPE html>${markup}`;
}
