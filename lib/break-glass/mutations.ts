import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { writeBreakGlassBundle } from "@/lib/break-glass/bundle";
import { readBreakGlassInputs } from "@/lib/break-glass/data";
import type { BundleFile } from "@/lib/break-glass/types";
import { db } from "@/lib/db";
import { requirePlanAdmin } from "@/lib/plan/ability";
import { lockPlan } from "@/lib/plan/changes";
import type { Stylesheet } from "@/lib/public-status/stylesheet";
import type { SignedInUser } from "@/lib/users/data";

/** Who makes the bundle: an admin through the API, or whoever runs npm run plan:bundle on the server. */
export type BundleMaker = SignedInUser | "command line";

/**
 * Makes the break-glass bundle of the plan as it stands and records which version it holds and
 * when it was made, so admins are told once the plan moves on. An admin's download is audited.
 */
export async function makeBreakGlassBundle(maker: BundleMaker, stylesheets: readonly Stylesheet[]): Promise<{ version: string; madeAt: Date; files: BundleFile[] }> {
  if (maker !== "command line") requirePlanAdmin(maker);
  return db().$transaction(async (tx) => {
    const version = await lockPlan(tx);
    const madeAt = new Date();
    const files = writeBreakGlassBundle(await readBreakGlassInputs(tx), { madeAt, stylesheets });
    const before = await tx.planDocument.findUniqueOrThrow({ where: { id: "plan" }, select: { bundleVersion: true, bundleMadeAt: true } });
    await tx.planDocument.update({ where: { id: "plan" }, data: { bundleVersion: version, bundleMadeAt: madeAt } });
    if (maker !== "command line") {
      await recordAuditEvent(tx, maker, {
        action: "plan-bundle.made",
        itemKind: "plan-bundle",
        itemKey: "plan",
        label: `Break-glass bundle of plan version ${version}`,
        before: { bundleVersion: before.bundleVersion, bundleMadeAt: before.bundleMadeAt?.toISOString() ?? null },
        after: { bundleVersion: version, bundleMadeAt: madeAt.toISOString() },
      });
    }
    return { version, madeAt, files };
  }, { timeout: 15_000 });
}
