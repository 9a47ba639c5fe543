// npm run bench:lighthouse: Lighthouse's mobile preset (simulated throttling) on the screens people
// open on a phone — a war room, the status board, the public status page and sign-in — with the
// four category scores and LCP/TBT/CLS of each run. Starts its own Muster (production build, fresh
// embedded database) unless pointed at one.
//
//   LIGHTHOUSE_ORIGIN=http://localhost:3000   measure a Muster that is already running
//   LIGHTHOUSE_RUNS=2                         runs per page (a shared machine is noisy: read them all)
//   CHROME_PATH=/usr/bin/chromium             the browser Lighthouse drives
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startMuster, type MusterProcess } from "./muster-process";
import { demoSession } from "./sign-in";

/** The version these figures were first taken with; a newer one may score differently. */
const LIGHTHOUSE = "lighthouse@12.8.2";
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 2);
const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";

type Measured = { scores: number[]; lcpMs: number; tbtMs: number; cls: number };
type LighthouseReport = {
  categories: Record<string, { score: number }>;
  audits: Record<string, { numericValue: number }>;
};

async function declareIncident(origin: string, session: string): Promise<string> {
  const response = await fetch(`${origin}/api/incidents`, {
    method: "POST",
    headers: { cookie: session, origin, "content-type": "application/json" },
    body: JSON.stringify({
      title: "Lighthouse: database down",
      scenarioKey: "database-corruption-loss",
      services: [{ key: "database", impact: "down" }],
    }),
  });
  if (response.status !== 201) throw new Error(`Declaring an incident failed: HTTP ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

function lighthouse(url: string, reportPath: string, headersPath: string | null): Promise<void> {
  const args = ["--yes", LIGHTHOUSE, url, "--output=json", `--output-path=${reportPath}`, "--quiet", "--chrome-flags=--headless=new --no-sandbox"];
  if (headersPath) args.push(`--extra-headers=${headersPath}`);
  return new Promise((resolve, reject) => {
    const child = spawn("npx", args, { env: { ...process.env, CHROME_PATH: chromePath }, stdio: ["ignore", "ignore", "inherit"] });
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`Lighthouse exited with code ${code} on ${url}`))));
  });
}

function measured(report: LighthouseReport): Measured {
  return {
    scores: CATEGORIES.map((category) => Math.round(report.categories[category].score * 100)),
    lcpMs: report.audits["largest-contentful-paint"].numericValue,
    tbtMs: report.audits["total-blocking-time"].numericValue,
    cls: report.audits["cumulative-layout-shift"].numericValue,
  };
}

async function main(origin: string) {
  const session = await demoSession(origin, "commander");
  const incidentId = await declareIncident(origin, session);
  const folder = mkdtempSync(path.join(tmpdir(), "muster-lighthouse-"));
  const headersPath = path.join(folder, "headers.json");
  writeFileSync(headersPath, JSON.stringify({ Cookie: session }));
  const pages = [
    { name: "war room", path: `/incidents/${incidentId}`, signedIn: true },
    { name: "status board", path: "/status", signedIn: true },
    { name: "public status", path: "/status/public", signedIn: false },
    { name: "sign-in", path: "/sign-in", signedIn: false },
  ];
  console.log(`Lighthouse mobile preset on ${origin}, ${runs} run(s) per page`);
  console.log(["page".padEnd(14), "run", ...CATEGORIES.map((category) => category.slice(0, 4)), "LCP s", "TBT ms", "CLS"].join("\t"));
  try {
    for (const page of pages) {
      for (let run = 1; run <= runs; run += 1) {
        const reportPath = path.join(folder, `report-${run}.json`);
        await lighthouse(`${origin}${page.path}`, reportPath, page.signedIn ? headersPath : null);
        const { scores, lcpMs, tbtMs, cls } = measured(JSON.parse(readFileSync(reportPath, "utf8")) as LighthouseReport);
        console.log([page.name.padEnd(14), run, ...scores, (lcpMs / 1000).toFixed(2), Math.round(tbtMs), cls.toFixed(3)].join("\t"));
      }
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

let muster: MusterProcess | undefined;
try {
  const origin = process.env.LIGHTHOUSE_ORIGIN ?? (muster = await startMuster({ mode: "production" })).origin;
  await main(origin);
} finally {
  await muster?.stop();
}
