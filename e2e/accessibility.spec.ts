// Every screen, light and dark, at a laptop's width and a phone's, as axe-core reads it against WCAG 2.1
// A and AA: a war room is read under stress, on a phone in the sun and a wall screen in the dark.
import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Browser, Page } from "@playwright/test";
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
  "/plan/cards",
  "/plan/quick-reference",
  "/plan/quick-reference/complete-data-center-outage",
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

// A phone held upright and a laptop: what wraps, stacks or hides at one width must still read at the other.
const WIDTHS = [1280, 390] as const;
const COLOR_SCHEMES = ["light", "dark"] as const;
// Off by default in axe as "experimental", yet what voice control relies on: a link is spoken by the
// words it shows.
const EXTRA_RULES = { "label-content-name-mismatch": { enabled: true } };

async function violations(page: Page, path: string, variant: string) {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .options({ rules: EXTRA_RULES })
    .analyze();
  return violations.map((violation) => `${path}, ${variant}: ${violation.id} (${violation.impact}) at ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

async function newPage(browser: Browser, colorScheme: "light" | "dark", width: number, role?: Role) {
  const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 } });
  if (role) await signInThroughApi(context, role);
  return context.newPage();
}

/** The screen's path with a real incident where it names one: declared for it, resolved for a review. */
async function pathFor(request: APIRequestContext, screen: string): Promise<string> {
  const wanted = screen.match(/\{(active|resolved)\}/)?.[1];
  if (!wanted) return screen;
  const incident = await declareThroughApi(request, {
    title: `Accessibility, ${wanted} ${Date.now()}`,
    scenarioKey: "database-corruption-loss",
    services: [{ key: "database", impact: "down" }],
  });
  if (wanted === "resolved") await resolveThroughApi(request, incident.id);
  return screen.replace(`{${wanted}}`, incident.id);
}

// One test per screen, so the screens are read side by side and a finding names its screen; each
// reads its screen in both schemes at both widths.
for (const screen of [...SIGNED_IN_SCREENS, ...PUBLIC_SCREENS]) {
  test(`axe finds nothing on ${screen}, light and dark, ${WIDTHS.join(" and ")} px`, async ({ browser }) => {
    // Four page loads, each waiting for the network to settle: more than one load's time.
    test.setTimeout(4 * 90_000);
    const role = PUBLIC_SCREENS.includes(screen) ? undefined : "admin";
    const found: string[] = [];
    let path: string | undefined;
    for (const colorScheme of COLOR_SCHEMES) {
      for (const width of WIDTHS) {
        const page = await newPage(browser, colorScheme, width, role);
        path ??= await pathFor(page.request, screen);
        found.push(...(await violations(page, path, `${colorScheme}, ${width} px`)));
        await page.context().close();
      }
    }
    expect(found).toEqual([]);
  });
}
