import "server-only";
// The plan's upkeep: its own review (every review interval) and its regular reviews (monthly,
// quarterly, annual) become due dates; admins are reminded once when one falls due, and
// recording a review moves its date on.
import { db } from "@/lib/db";
import { createNotifications } from "@/lib/notifications/mutations";
import { publishNotifications } from "@/lib/realtime/publish";
import { enqueueEmails } from "@/lib/outbound/mutations";
import { addMonths } from "@/lib/plan/calendar";
import type { Tx } from "@/lib/timeline/mutations";
import { requireSignedIn, type SignedInUser } from "@/lib/users/data";
import { isoDay } from "@/lib/format";

/** The plan document's own review, as an upkeep key beside the review cadences' keys. */
export const DOCUMENT_REVIEW_KEY = "document";

export type UpkeepItem = {
  key: string;
  name: string;
  dueAt: Date;
  /** When it was last held, or null when never. */
  lastHeldAt: Date | null;
  isDue: boolean;
};

type UpkeepSources = {
  plan: { title: string; nextReviewAt: Date; lastReviewedAt: Date | null; adoptedAt: Date };
  cadences: readonly { key: string; name: string; intervalMonths: number; lastHeldAt: Date | null }[];
};

/** The due dates of the plan's reviews at `now`. A regular review never held counts from when Muster began to hold the plan. */
export function upkeepItems({ plan, cadences }: UpkeepSources, now: Date): UpkeepItem[] {
  const items = [
    { key: DOCUMENT_REVIEW_KEY, name: `${plan.title} review`, dueAt: plan.nextReviewAt, lastHeldAt: plan.lastReviewedAt },
    ...cadences.map((cadence) => ({
      key: cadence.key,
      name: cadence.name,
      dueAt: addMonths(cadence.lastHeldAt ?? plan.adoptedAt, cadence.intervalMonths),
      lastHeldAt: cadence.lastHeldAt,
    })),
  ];
  return items.map((item) => ({ ...item, isDue: item.dueAt <= now }));
}

/** The plan's reviews and when each falls due. */
export async function readUpkeep(now: Date, tx: Tx = db()): Promise<UpkeepItem[]> {
  const [plan, cadences] = await Promise.all([
    tx.planDocument.findUniqueOrThrow({ where: { id: "plan" } }),
    tx.planReviewCadence.findMany({ orderBy: { position: "asc" } }),
  ]);
  return upkeepItems({ plan, cadences }, now);
}

/** The plan's reviews and their due dates, for a signed-in reader. */
export function listUpkeep(caller: SignedInUser, now: Date = new Date()) {
  requireSignedIn(caller);
  return readUpkeep(now);
}

/**
 * Reminds every active admin, in Muster and by e-mail when SMTP is set, of each plan review that
 * fell due and was not reminded of yet. The reminder row claims the due date first, so two nodes
 * or a restart remind once. Returns the keys reminded.
 */
export async function remindDuePlanReviews(now: Date): Promise<string[]> {
  const due = (await readUpkeep(now)).filter((item) => item.isDue);
  if (due.length === 0) return [];
  // The scheduler runs every few seconds: a review already reminded of opens no transaction again.
  const done = await db().planUpkeepReminder.findMany({ where: { OR: due.map(({ key, dueAt }) => ({ key, dueAt })) }, select: { key: true } });
  const remindedBefore = new Set(done.map(({ key }) => key));
  const reminded: string[] = [];
  for (const item of due.filter(({ key }) => !remindedBefore.has(key))) {
    const notified = await db().$transaction(async (tx) => {
      const claimed = await tx.planUpkeepReminder.createMany({ data: [{ key: item.key, dueAt: item.dueAt, remindedAt: now }], skipDuplicates: true });
      if (claimed.count === 0) return null;
      const admins = await tx.user.findMany({ where: { role: "admin", deactivatedAt: null }, select: { id: true, email: true } });
      const title = `${item.name} is due`;
      const body = `Due since ${isoDay(item.dueAt)}. Hold it, then record it on the plan page.`;
      const notified = await createNotifications(tx, admins.map((admin) => ({ userId: admin.id, kind: "plan-review", title, body })));
      await enqueueEmails(tx, "plan.review_due", () => admins.map((admin) => ({ to: admin.email, subject: `Muster: ${title}`, text: body })), now);
      return notified;
    });
    if (notified) {
      publishNotifications(notified);
      reminded.push(item.key);
    }
  }
  return reminded;
}
