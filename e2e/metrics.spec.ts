import { expect, test } from "./fixtures/authentication";

// The e2e server's embedded database holds the demo history: six incidents and a drill. Only they
// record when impact began, so the mean time to detect is theirs alone: (6 + 12 + 180 + 20 + 35) / 5.
const DEMO_MTTD = "51 min";
// The drill specs run drills on the same server meanwhile: the drills' figures are checked for being
// there and apart, not for their value (lib/metrics tests their values).

test("management reads the metrics, each chart with its figures as a table", async ({ signedInAs }) => {
  const page = await signedInAs("viewer");
  await page.goto("/incidents");
  await page.getByRole("link", { name: "Metrics" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Metrics" })).toBeVisible();

  const overall = page.getByRole("region", { name: "Overall" });
  await expect(overall).toContainText(new RegExp(`Time to detect\\s*${DEMO_MTTD}`));
  for (const label of ["Response time", "Time to recover"]) {
    await expect(overall).toContainText(new RegExp(`${label}\\s*(\\d+ h )?\\d+ (min|h)`));
  }
  for (const label of ["RTO achieved", "RPO achieved"]) {
    await expect(overall).toContainText(new RegExp(`${label}\\s*\\d+\\s%`));
  }

  const severity = page.getByRole("table", { name: "Figures by severity" });
  await expect(severity.getByRole("row")).toHaveCount(4);
  await expect(severity).toContainText("Critical");

  const charts = page.getByRole("main").getByRole("figure");
  await expect(charts).toHaveCount(3);
  for (const chart of await charts.all()) {
    await expect(chart.getByRole("img", { name: /bar chart/ })).toBeVisible();
    await expect(chart.getByRole("table")).toBeHidden();
    await chart.getByText("Show as table").click();
    const table = chart.getByRole("table");
    await expect(table).toBeVisible();
    expect(await table.getByRole("row").count()).toBeGreaterThan(1);
  }
  await expect(page.getByRole("table", { name: "Figures by service" })).toContainText("Database");

  await expect(page.getByRole("region", { name: "Action items" })).toContainText(/Overdue\s*\d+/);
  await expect(page.getByRole("region", { name: "Drills" })).toContainText(/Time to recover\s*(\d+ h )?\d+ (min|h)/);
});

test("the metrics API answers every role, drills apart", async ({ signedInAs }) => {
  const page = await signedInAs("viewer");
  const response = await page.request.get("/api/metrics");
  expect(response.status()).toBe(200);
  const metrics = await response.json();
  expect(metrics.incidents.overall.incidents).toBeGreaterThanOrEqual(6);
  expect(metrics.incidents.overall.mttd).toEqual({ minutes: 50.6, count: 5 });
  // Drills count apart: the demo drill is among them, never among the real incidents' figures.
  expect(metrics.drills.overall.incidents).toBeGreaterThanOrEqual(1);
  expect(metrics.drills.overall.mttr.count).toBeGreaterThanOrEqual(1);
  expect(metrics.incidents.bySeverity.map((tier: { severity: string }) => tier.severity)).toEqual(["critical", "major", "minor"]);
});
