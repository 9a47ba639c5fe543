import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";

// The root layout's stylesheet as the production build wrote it: the same Tailwind CSS every page
// of Muster uses. Every build has the not-found page, and its manifest names the layout's CSS.
const MANIFEST = path.join(".next", "server", "app", "_not-found", "page_client-reference-manifest.js");
const LAYOUT_CSS = /"\[project\]\/app\/layout":(\[\{"path"[^\]]*\])/;

export type Stylesheet = { href: string; text: string };

/** The built stylesheets, or none without a production build (the development server). */
export function builtStylesheets(root = process.cwd()): Stylesheet[] {
  let manifest: string;
  try {
    manifest = readFileSync(path.join(root, MANIFEST), "utf8");
  } catch {
    return [];
  }
  const files = JSON.parse(LAYOUT_CSS.exec(manifest)?.[1] ?? "[]") as { path: string }[];
  return files.map((file) => ({ href: `/_next/${file.path}`, text: readFileSync(path.join(root, ".next", file.path), "utf8") }));
}
