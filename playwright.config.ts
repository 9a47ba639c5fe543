import { defineConfig, devices } from "@playwright/test";
import { OIDC_ENV, OIDC_MUSTER_HOME, OIDC_MUSTER_PORT, OIDC_MUSTER_URL, OIDC_SPEC } from "./e2e/identity-provider/identity-provider";
import { E2E_MUSTER_HOME } from "./e2e/fixtures/database";
import { FUZZ_MUSTER_HOME } from "./e2e/security/fuzz-database";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;
// The fuzz pass has a server and database of its own: it compares the database before and after
// each refused request, which writes from other specs in parallel would spoil.
const FUZZ_PORT = Number(process.env.E2E_FUZZ_PORT ?? PORT + 10);
const fuzzURL = `http://localhost:${FUZZ_PORT}`;
const FUZZ_SPEC = "security/fuzz.spec.ts";
// Edits of the plan that other specs would see (a step in the database runbook, a service added and
// removed) run against a server and database of their own.
const PLAN_EDITING_PORT = Number(process.env.E2E_PLAN_EDITING_PORT ?? PORT + 20);
const planEditingURL = `http://localhost:${PLAN_EDITING_PORT}`;
const PLAN_EDITING_SPECS = ["runbook-editing.spec.ts", "plan-items.spec.ts"];
const PLAN_EDITING_MUSTER_HOME = ".muster/e2e-plan-editing";

// Debian's Chromium: Playwright's own browser download cannot reach its host here. The flags keep
// Chromium from calling out to services a closed network refuses.
const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  // Live tests drive two or three browsers at once on two shared cores: a page can take seconds to
  // load while another spec runs. What must be fast is asserted on its own (live within 2 s).
  timeout: 90_000,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    // Playwright's API requests are not a browser's: they send no Origin. Writes that ride on the
    // session cookie must name Muster's own origin, as a browser would from Muster's pages.
    extraHTTPHeaders: { origin: baseURL },
    trace: "retain-on-failure",
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumArgs },
  },
  projects: [
    { name: "chromium", testIgnore: [FUZZ_SPEC, ...PLAN_EDITING_SPECS, OIDC_SPEC], use: { ...devices["Desktop Chrome"], channel: undefined } },
    { name: "fuzz", testMatch: FUZZ_SPEC, use: { baseURL: fuzzURL, extraHTTPHeaders: { origin: fuzzURL } } },
    {
      name: "plan-editing",
      testMatch: PLAN_EDITING_SPECS,
      use: { ...devices["Desktop Chrome"], channel: undefined, baseURL: planEditingURL, extraHTTPHeaders: { origin: planEditingURL } },
    },
    // Sign-in through an identity provider needs a server configured for one; the spec starts the provider.
    {
      name: "identity-provider",
      testMatch: OIDC_SPEC,
      use: { ...devices["Desktop Chrome"], channel: undefined, baseURL: OIDC_MUSTER_URL, extraHTTPHeaders: { origin: OIDC_MUSTER_URL } },
    },
  ],
  // The production build against a fresh embedded database of its own, seeded with the demo users.
  webServer: [
    {
      command: `rm -rf ${E2E_MUSTER_HOME} && node --import tsx --import ./scripts/node-server-only.mjs server.ts`,
      env: { NODE_ENV: "production", PORT: String(PORT), MUSTER_HOME: E2E_MUSTER_HOME, MUSTER_WEBHOOK_ALLOWED_HOSTS: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1" },
      url: `${baseURL}/api/health`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      command: `rm -rf ${FUZZ_MUSTER_HOME} && node --import tsx --import ./scripts/node-server-only.mjs server.ts`,
      env: { NODE_ENV: "production", PORT: String(FUZZ_PORT), MUSTER_HOME: FUZZ_MUSTER_HOME, NEXT_TELEMETRY_DISABLED: "1" },
      url: `${fuzzURL}/api/health`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      command: `rm -rf ${PLAN_EDITING_MUSTER_HOME} && node --import tsx --import ./scripts/node-server-only.mjs server.ts`,
      env: { NODE_ENV: "production", PORT: String(PLAN_EDITING_PORT), MUSTER_HOME: PLAN_EDITING_MUSTER_HOME, NEXT_TELEMETRY_DISABLED: "1" },
      url: `${planEditingURL}/api/health`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      command: `rm -rf ${OIDC_MUSTER_HOME} && node --import tsx --import ./scripts/node-server-only.mjs server.ts`,
      env: { NODE_ENV: "production", PORT: String(OIDC_MUSTER_PORT), MUSTER_HOME: OIDC_MUSTER_HOME, NEXT_TELEMETRY_DISABLED: "1", ...OIDC_ENV },
      url: `${OIDC_MUSTER_URL}/api/health`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ],
});
