import "server-only";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { PublicStatusPage, type PublicStatusLinks } from "@/components/public-status/public-status-page";
import { THEME_SCRIPT } from "@/components/theme/theme-script";
import type { Stylesheet } from "@/lib/public-status/stylesheet";
import type { PublicStatusView } from "@/lib/public-status/types";

/** Someone watching an outage keeps the page open: it reads the page again this often. */
const REFRESH_SECONDS = 60;

// Fetches the page again (a 304 from the browser's cache while unchanged) and, if it changed, swaps
// the content in place: no reload, so the past incidents a reader opened stay open. From a file on
// disk (the export) the fetch fails and the page stays as it is.
const REFRESH_SCRIPT = `(() => {
  let shown = document.querySelector("main")?.innerHTML;
  setInterval(async () => {
    try {
      const answer = await fetch(location.pathname, { cache: "no-cache" });
      if (!answer.ok) return;
      const next = new DOMParser().parseFromString(await answer.text(), "text/html").querySelector("main");
      const main = document.querySelector("main");
      if (!next || !main || next.innerHTML === shown) return;
      const open = [...main.querySelectorAll("details[open]")].map((details) => details.closest("li[id]")?.id);
      shown = next.innerHTML;
      main.replaceWith(next);
      for (const id of open) if (id) document.getElementById(id)?.querySelector("details")?.setAttribute("open", "");
    } catch {}
  }, ${REFRESH_SECONDS * 1000});
})();`;

const sourceOf = (script: string) => `'sha256-${createHash("sha256").update(script).digest("base64")}'`;

/**
 * The page's scripts are the same bytes in every answer: the policy allows them by their hashes, so
 * one HTML body can serve everyone (a per-request nonce would make each answer its own).
 */
export const PAGE_SCRIPT_SOURCES = [sourceOf(THEME_SCRIPT), sourceOf(REFRESH_SCRIPT)];

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
        <script dangerouslySetInnerHTML={{ __html: REFRESH_SCRIPT }} />
      </body>
    </html>,
  );
  return `<!DOCTYPE html>${markup}`;
}
