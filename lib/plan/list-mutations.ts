// The plan's lists, kept by its admins: the post-incident review agenda (add, rename, move, remove),
// the regular reviews and the plan's other lists (training, metrics, …). Each change is a plan version.
import "server-only";
import { DomainError } from "@/lib/errors";
import { requirePlanAdmin } from "@/lib/plan/ability";
import { changedFields, inPlanTransaction, recordPlanChange } from "@/lib/plan/changes";
import { listPlanLists, listReviewAgenda, listReviewCadences } from "@/lib/plan/data";
import { editPlanItem } from "@/lib/plan/edit-item";
import { keyFromName } from "@/lib/plan/keys";
import { presentAgenda, presentPlanList, presentReviewCadence } from "@/lib/plan/present";
import { addAgendaItemSchema, replacePlanListSchema, updateAgendaItemSchema, updateReviewCadenceSchema } from "@/lib/plan/schema";
import type { Tx } from "@/lib/timeline/mutations";
import type { SignedInUser } from "@/lib/users/data";
import { parseId, parseInput } from "@/lib/validation";

const agendaItemMissing = (key: string) => new DomainError("not_found", `No item of the review agenda has the key "${key}".`);

function agendaInOrder(tx: Tx) {
  return tx.reviewAgendaItem.findMany({ orderBy: [{ position: "asc" }, { key: "asc" }] });
}

/** Numbers the agenda 1, 2, 3 … in the order given. */
async function renumberAgenda(tx: Tx, keys: readonly string[]) {
  for (const [index, key] of keys.entries()) await tx.reviewAgendaItem.update({ where: { key }, data: { position: index + 1 } });
}

async function agendaAnswer(user: SignedInUser) {
  return presentAgenda(await listReviewAgenda(user));
}

/** Adds an item at the end of the post-incident review agenda (plan admins); answers with the agenda. */
export async function addAgendaItem(user: SignedInUser, input: unknown) {
  requirePlanAdmin(user);
  const { title } = parseInput(addAgendaItemSchema, input);
  await inPlanTransaction(async (tx) => {
    const agenda = await agendaInOrder(tx);
    const key = keyFromName(title, new Set(agenda.map((item) => item.key)));
    const position = agenda.length + 1;
    await tx.reviewAgendaItem.create({ data: { key, title, position } });
    await recordPlanChange(tx, user, { kind: "review-agenda-item", key, label: title, before: {}, after: { title, position } });
  });
  return agendaAnswer(user);
}

/** Renames an agenda item or moves it to another place, the others closing up (plan admins). */
export async function updateAgendaItem(user: SignedInUser, itemKey: string, input: unknown) {
  requirePlanAdmin(user);
  const key = parseId(itemKey, "key", "a review agenda item's key");
  const changes = parseInput(updateAgendaItemSchema, input);
  await inPlanTransaction(async (tx) => {
    const agenda = await agendaInOrder(tx);
    const index = agenda.findIndex((item) => item.key === key);
    if (index < 0) throw agendaItemMissing(itemKey);
    const item = agenda[index];
    const position = Math.min(changes.position ?? index + 1, agenda.length);
    const diff = changedFields({ title: item.title, position: index + 1 }, { title: changes.title ?? item.title, position });
    if (!diff.changed) return;
    if ("title" in diff.after) await tx.reviewAgendaItem.update({ where: { key }, data: { title: changes.title } });
    if ("position" in diff.after) {
      const order = agenda.map((candidate) => candidate.key).filter((candidate) => candidate !== key);
      order.splice(position - 1, 0, key);
      await renumberAgenda(tx, order);
    }
    await recordPlanChange(tx, user, { kind: "review-agenda-item", key, label: changes.title ?? item.title, ...diff });
  });
  return agendaAnswer(user);
}

/** Removes an item from the agenda, the others closing up (plan admins); answers with the agenda. */
export async function removeAgendaItem(user: SignedInUser, itemKey: string) {
  requirePlanAdmin(user);
  const key = parseId(itemKey, "key", "a review agenda item's key");
  await inPlanTransaction(async (tx) => {
    const agenda = await agendaInOrder(tx);
    const index = agenda.findIndex((item) => item.key === key);
    if (index < 0) throw agendaItemMissing(itemKey);
    await tx.reviewAgendaItem.delete({ where: { key } });
    await renumberAgenda(tx, agenda.filter((item) => item.key !== key).map((item) => item.key));
    await recordPlanChange(tx, user, { kind: "review-agenda-item", key, label: agenda[index].title, before: { title: agenda[index].title, position: index + 1 }, after: {} });
  });
  return agendaAnswer(user);
}

/** Changes a regular review of the plan (plan admins): its name, its interval and what it goes through. */
export async function updateReviewCadence(user: SignedInUser, cadenceKey: string, input: unknown) {
  requirePlanAdmin(user);
  const key = parseId(cadenceKey, "key", "a regular review's key");
  const changes = parseInput(updateReviewCadenceSchema, input);
  const missing = `No regular review has the key "${cadenceKey}".`;
  await editPlanItem(user, changes, {
    kind: "review-cadence",
    key,
    missing,
    find: (tx) => tx.planReviewCadence.findUnique({ where: { key } }),
    values: ({ name, intervalMonths, items }) => ({ name, intervalMonths, items }),
    label: (after) => after.name,
    write: (tx, _cadence, changed) => tx.planReviewCadence.update({ where: { key }, data: changed }),
  });
  const cadence = (await listReviewCadences(user)).find((candidate) => candidate.key === key);
  if (!cadence) throw new DomainError("not_found", missing);
  return presentReviewCadence(cadence);
}

/** Replaces the items of one of the plan's lists, in the order given (plan admins). */
export async function replacePlanList(user: SignedInUser, listKey: string, input: unknown) {
  requirePlanAdmin(user);
  const key = parseId(listKey, "key", "a plan list's key");
  const { items } = parseInput(replacePlanListSchema, input);
  const missing = `No list of the plan has the key "${listKey}".`;
  await editPlanItem(user, { items }, {
    kind: "plan-list",
    key,
    missing,
    find: (tx) => tx.planList.findUnique({ where: { key }, include: { items: { orderBy: { position: "asc" } } } }),
    values: (list) => ({ items: presentPlanList(list).items }),
    label: (_after, list) => list.title,
    write: async (tx) => {
      await tx.planListItem.deleteMany({ where: { listKey: key } });
      await tx.planListItem.createMany({ data: items.map((item, index) => ({ listKey: key, position: index + 1, ...item })) });
    },
  });
  const list = (await listPlanLists(user)).find((candidate) => candidate.key === key);
  if (!list) throw new DomainError("not_found", missing);
  return presentPlanList(list);
}
