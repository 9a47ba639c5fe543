import "server-only";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { PublicStatusPage, type PublicStatusLinks } from "@/components/public-status/public-status-page";
import { THEME_SCRIPT } from "@/components/theme/theme-script";
import type { Stylesheet } from "@/lib/public-status/stylesheet";
import type { PublicStatusView } from "@/lib/public-status/types";

/** Someone watching an outage keeps the page open: it loads itself again this often (a 304 when unchanged). */
const RELOAD_SECONDS = 60;

/**
 * The page's one script is the theme script, the same bytes for every answer: the policy allows it
 * by its hash, so one HTML body can serve everyone (a per-request nonce would make each answer its own).
 */
export const THEME_SCRIPT_SOURCE = `'sha256-${createHash("sha256").update(THEME_SCRIPT).digest("base64")}'`;

const ICON = `data:image/svg+xml,${encodeURIComponent(readFileSync(path.join(process.cwd(), "app", "icon.svg"), "utf8"))}`;

export type PageStyles = { stylesheets: Stylesheet[]; inline: boolean };

/**
 * The whole public status page as one HTML document: linked to the built CSS when Muster serves it,
 * or with the CSS inside when exported, so a file opened from disk renders the same.
 */
export function publicStatusHtml(status: PublicStatusView | null, links: PublicStatusLinks, { stylesheets, inline }: PageStyles): string {
  const markup = renderToStaticMarkup(
    <html lang="en">
      {/* eslint-disable-next-line @next/next/no-head-element -- a whole document, rendered outside Next */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta httpEquiv="refresh" content={String(RELOAD_SECONDS)} />
        <title>Service status · Muster</title>
        <meta name="description" content="What works, what does not, and what we have said about it." />
        <meta name="theme-color" media="(prefers-color-scheme: light)" content="#f5f6f8" />
        <meta name="theme-color" media="(prefers-color-scheme: dark)" content="#0c111b" />
        <link rel="icon" type="image/svg+xml" href={ICON} />
        <link rel="alternate" type="application/atom+xml" href={links.atom} />
        <link rel="alternate" type="application/json" href={links.json} />
        {stylesheets.map((sheet) =>
          inline ? <style key={sheet.href} dangerouslySetInnerHTML={{ __html: sheet.text }} /> : <link key={sheet.href} rel="stylesheet" href={sheet.href} />,
        )}
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body className="min-h-dvh font-sans">
        <PublicStatusPage status={status} links={links} />
      </body>
    </html>,
  );
  return `<!DOCTYPE html>${markup}`;
}
