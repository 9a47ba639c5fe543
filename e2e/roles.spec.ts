// Roles go to Muster users or to plan contacts without an account, are handed over and removed,
// and every change reaches everyone in the war room live.
import { expect, test } from "./fixtures/authentication";
import { declareThroughApi } from "./fixtures/incidents";
import { WarRoomPage } from "./pages/war-room-page";

const LIVE_WITHIN = { timeout: 5_000 };
const COMMS_LEAD = "Cameron Comms";

test("the commander gives the plan's communications lead contact a role, hands it over and removes it, each seen live", async ({ signedInAs }) => {
  const [commanderPage, responderPage] = await Promise.all([signedInAs("commander"), signedInAs("responder")]);
  const { id } = await declareThroughApi(commanderPage.request, { title: `Chat outage ${Date.now()}`, services: [{ key: "real-time-messaging", impact: "down" }] });
  const commander = new WarRoomPage(commanderPage);
  const responder = new WarRoomPage(responderPage);
  await Promise.all([commander.goto(id), responder.goto(id)]);
  const role = (page: WarRoomPage, name: string) => page.roles().locator("dl > div").filter({ has: page.page.getByRole("term").filter({ hasText: name }) });

  // The picker lists users and contacts apart; Casey Commander, who is also a plan contact, once.
  const picker = commander.roles().getByLabel("Person", { exact: true });
  await expect(picker.locator("optgroup[label='Plan contacts without a Muster account'] option", { hasText: COMMS_LEAD })).toHaveCount(1);
  await expect(picker.locator("option", { hasText: "Casey Commander" })).toHaveCount(1);

  await picker.selectOption({ label: `${COMMS_LEAD} (Communications Lead)` });
  await commander.roles().getByLabel("Role", { exact: true }).selectOption("communications_lead");
  await commanderPage.getByRole("button", { name: "Assign role" }).click();
  await expect(commanderPage.getByRole("status").filter({ hasText: `${COMMS_LEAD} is now communications lead.` })).toBeVisible();
  const responderComms = role(responder, "Communications lead");
  await expect(responderComms).toContainText(COMMS_LEAD, LIVE_WITHIN);
  await expect(responderComms).toContainText("Plan contact");
  await expect(responder.timeline()).toContainText(`Casey Commander made ${COMMS_LEAD} communications lead`, LIVE_WITHIN);
  // The responder may not change roles: no control for it.
  await expect(responder.roles().getByRole("button", { name: /Remove/ })).toHaveCount(0);

  // Handed over to a user: the event names both.
  await picker.selectOption({ label: "Riley Responder (Responder)" });
  await commander.roles().getByLabel("Role", { exact: true }).selectOption("communications_lead");
  await commanderPage.getByRole("button", { name: "Assign role" }).click();
  await expect(responderComms).toContainText("Riley Responder", LIVE_WITHIN);
  await expect(responderComms).not.toContainText(COMMS_LEAD);
  await expect(responder.timeline()).toContainText(`Took over from ${COMMS_LEAD}`, LIVE_WITHIN);

  // Removed: the role is empty for everyone.
  await commander.roles().getByRole("button", { name: "Remove Riley Responder as communications lead" }).click();
  await expect(responderComms).toContainText("Not assigned", LIVE_WITHIN);
  await expect(responder.timeline()).toContainText("Casey Commander removed Riley Responder as communications lead", LIVE_WITHIN);

  // The commander's role is handed over, never removed: no button, and the API says why.
  await expect(role(commander, "Incident commander").getByRole("button", { name: /Remove/ })).toHaveCount(0);
  const { roles, lastSeq } = await (await commanderPage.request.get(`/api/incidents/${id}`)).json();
  const command = roles.find((assignment: { role: string; endedAt: string | null }) => assignment.role === "incident_commander" && !assignment.endedAt);
  const refused = await commanderPage.request.delete(`/api/incidents/${id}/roles/${command.id}`);
  expect(refused.status()).toBe(409);
  expect((await refused.json()).error).toBe("The incident always needs a commander: hand the role over to someone else instead of removing it.");
  expect((await (await commanderPage.request.get(`/api/incidents/${id}`)).json()).lastSeq).toBe(lastSeq);
});
