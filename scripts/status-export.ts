// npm run status:export -- --out <dir>
// Writes the public status page as plain files any web server or object store can serve while
// Muster is down: index.html (its CSS inside, nothing to run to read it), public.json and
// public.atom, the same bytes Muster serves but for the page's links, which point beside it.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { connectDatabase } from "@/lib/database/connect";
import { applyMigrations } from "@/lib/database/migrate";
import { disconnectDb } from "@/lib/db";
import { readPublicStatus } from "@/lib/public-status/data";
import { publicStatusBodies } from "@/lib/public-status/snapshot";
import { builtStylesheets } from "@/lib/public-status/stylesheet";

const { values } = parseArgs({ options: { out: { type: "string" } } });
if (!values.out) {
  console.error("Usage: npm run status:export -- --out <directory>");
  process.exit(2);
}
const stylesheets = builtStylesheets();
if (stylesheets.length === 0) {
  console.error("The page's CSS comes from the production build: run npm run build first.");
  process.exit(1);
}

const database = await connectDatabase((message) => console.error(message));
try {
  await applyMigrations(database.url, (message) => console.error(message));
  const bodies = publicStatusBodies(await readPublicStatus(), { styles: { stylesheets, inline: true }, links: { json: "public.json", atom: "public.atom" } });
  await mkdir(values.out, { recursive: true });
  const files = { "index.html": bodies.html, "public.json": bodies.json, "public.atom": bodies.atom };
  for (const [name, body] of Object.entries(files)) await writeFile(path.join(values.out, name), body.bytes);
  console.error(`The public status page is written to ${path.join(values.out, "index.html")}, with public.json and public.atom beside it.`);
} catch (error) {
  console.error(`The status page could not be exported: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await disconnectDb();
  await database.stop();
}
