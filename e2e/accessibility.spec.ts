// Every screen, light and dark, as axe-core reads it against WCAG 2.1 A and AA: a war room is read
// under stress, on a phone in the sun and a wall screen in the dark.
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { signInThroughApi } from "./fixtures/authentication";
import { declareThroughApi, resolveThroughApi } from "./fixtures/incidents";
import type { Role } from "./fixtures/users";
import { expect, test } from "@playwright/test";

const SIGNED_IN_SCREENS = [
  "/",
  "/incidents",
  "/incidents/new",
  "/incidents/{active}",
  "/incidents/{resolved}/review",
  "/status",
  "/status/wall",
  "/plan",
  "/plan/document",
  "/plan/history",
  "/plan/obligations",
  "/services",
  "/contacts",
  "/scenarios",
  "/runbooks",
  "/runbooks/database-failure",
  "/backups",
  "/readiness",
  "/drills",
  "/metrics",
  "/evidence",
  "/action-items",
  "/notifications",
  "/settings",
];
const PUBLIC_SCREENS = ["/sign-in", "/status/public", "/invitation"];

async function violations(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return violations.map((violation) => `${path}: ${violation.id} (${violation.impact}) at ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

async function newPage(browser: Browser, colorScheme: "light" | "dark", role?: Role) {
  const context = await browser.newContext({ colorScheme });
  if (role) await signInThroughApi(context, role);
  return context.newPage();
}

/** The screen's path with a real incident where it names one: declared for it, resolved for a review. */
async function pathFor(page: Page, screen: string): Promise<string> {
  const wanted = screen.match(/\{(active|resolved)\}/)?.[1];
  if (!wanted) return screen;
  const incident = await declareThroughApi(page.request, {
    title: `Accessibility, ${wanted} ${Date.now()}`,
    scenarioKey: "database-corruption-loss",
    services: [{ key: "database", impact: "down" }],
  });
  if (wanted === "resolved") await resolveThroughApi(page.request, incident.id);
  return screen.replace(`{${wanted}}`, incident.id);
}

// One test per screen and scheme, so the screens are read side by side and a finding names its screen.
for (const colorScheme of ["light", "dark"] as const) {
  for (const screen of [...SIGNED_IN_SCREENS, ...PUBLIC_SCREENS]) {
    test(`axe finds nothing on ${screen}, ${colorScheme}`, async ({ browser }) => {
      const page = await newPage(browser, colorScheme, PUBLIC_SCREENS.includes(screen) ? undefined : "admin");
      expect(await violations(page, await pathFor(page, screen))).toEqual([]);
      await page.context().close();
    });
  }
}
