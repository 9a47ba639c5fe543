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
  "/services",
  "/contacts",
  "/scenarios",
  "/runbooks",
  "/runbooks/database-failure",
  "/backups",
  "/metrics",
  "/action-items",
  "/notifications",
  "/settings",
];
const PUBLIC_SCREENS = ["/sign-in", "/status/public"];

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

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds nothing on any screen, ${colorScheme}`, async ({ browser }) => {
    test.setTimeout(180_000);
    const page = await newPage(browser, colorScheme, "admin");
    const declare = (title: string) =>
      declareThroughApi(page.request, { title: `${title} ${Date.now()}`, scenarioKey: "database-corruption-loss", services: [{ key: "database", impact: "down" }] });
    const active = await declare("Accessibility, active");
    const resolved = await declare("Accessibility, resolved");
    await resolveThroughApi(page.request, resolved.id);
    const found: string[] = [];
    for (const screen of SIGNED_IN_SCREENS) found.push(...(await violations(page, screen.replace("{active}", active.id).replace("{resolved}", resolved.id))));
    const anonymous = await newPage(browser, colorScheme);
    for (const screen of PUBLIC_SCREENS) found.push(...(await violations(anonymous, screen)));
    expect(found).toEqual([]);
  });
}
