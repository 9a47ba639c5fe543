import { expect, test } from "./fixtures/authentication";
import { BackupsPage } from "./pages/backups-page";

// User Content (RPO 1 h) is the class this spec alone verifies: other specs record failed runs,
// which move no band.
const CLASS = "user-content";
const WEEKLY = "Weekly: Test restore procedures on staging";

test("an admin records a verification and the class's band changes; a backup job's token moves it again; bad input is refused in words", async ({
  signedInAs,
  playwright,
  baseURL,
}) => {
  const adminPage = await signedInAs("admin");
  const backups = new BackupsPage(adminPage);
  await backups.goto();

  // A restore point three hours old against a one-hour RPO: up to four times it.
  await backups.record({ check: WEEKLY, dataClass: "User Content", restorePointMinutesAgo: 180 });
  await expect(backups.form().getByRole("status")).toHaveText("Recorded");
  await expect(backups.dataClass(CLASS)).toContainText("Up to 4× RPO");
  await expect(backups.dataClass(CLASS)).toContainText(/3 h (1 min )?old/);
  await expect(backups.recent()).toContainText("Recorded by Avery Admin");

  // The backup job posts with a responder's token; the page shows it on reload.
  const responderPage = await signedInAs("responder");
  const created = await responderPage.request.post("/api/tokens", { data: { name: `Backup job ${Date.now()}` } });
  expect(created.status()).toBe(201);
  const job = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${(await created.json()).token}` } });
  const performedAt = new Date();
  const posted = await job.post("/api/backups/verifications", {
    data: {
      check: "daily-integrity-check",
      dataClass: CLASS,
      performedAt: performedAt.toISOString(),
      succeeded: true,
      restorePointAt: new Date(performedAt.getTime() - 5 * 60_000).toISOString(),
      notes: "Nightly restore job",
    },
  });
  expect(posted.status()).toBe(201);
  expect(await posted.json()).toMatchObject({ dataClass: { key: CLASS }, succeeded: true, recordedBy: { name: "Riley Responder" } });
  await adminPage.reload();
  await expect(backups.dataClass(CLASS)).toContainText("Within RPO");
  await expect(backups.recent()).toContainText("Nightly restore job");

  const status = await (await job.get("/api/backups/status")).json();
  expect(status.dataClasses.find((item: { key: string }) => item.key === CLASS)).toMatchObject({ state: "within", alerting: false });

  // Refused, in words, and nothing recorded: a restore point after the run, from the job.
  const runsOfTheClass = async () => {
    const runs = await Promise.all(["daily-integrity-check", "weekly-restore-test"].map(async (check) => (await job.get(`/api/backups/verifications?check=${check}`)).json()));
    return runs.flat().filter((run: { dataClass: { key: string } | null }) => run.dataClass?.key === CLASS).length;
  };
  const runsBefore = await runsOfTheClass();
  const afterTheRun = await job.post("/api/backups/verifications", {
    data: { check: "daily-integrity-check", dataClass: CLASS, performedAt: performedAt.toISOString(), succeeded: true, restorePointAt: new Date(performedAt.getTime() + 60_000).toISOString() },
  });
  expect(afterTheRun.status()).toBe(400);
  expect(await afterTheRun.json()).toEqual({
    error: "restorePointAt must be no later than the time the check ran: a run restores a copy taken before it",
    field: "restorePointAt",
  });
  // And in the browser: a run in the future, then a restore point after the run.
  await backups.record({ check: WEEKLY, dataClass: "User Content", restorePointMinutesAgo: 10, performedMinutesFromNow: 24 * 60 });
  await expect(backups.form().getByText("Cannot be in the future")).toBeVisible();
  await backups.record({ check: WEEKLY, dataClass: "User Content", restorePointMinutesAgo: 30, performedMinutesFromNow: -60 });
  await expect(backups.form().getByText("Must be no later than the time the check ran: a run restores a copy taken before it")).toBeVisible();
  await adminPage.reload();
  await expect(backups.dataClass(CLASS)).toContainText("Within RPO");
  expect(await runsOfTheClass()).toBe(runsBefore);
  await job.dispose();
});

test("management reads the grades and has no form to record one", async ({ signedInAs }) => {
  const viewerPage = await signedInAs("viewer");
  const backups = new BackupsPage(viewerPage);
  await backups.goto();
  await expect(backups.dataClass("database")).toContainText("RPO 15 min");
  await expect(backups.form()).toHaveCount(0);
});
