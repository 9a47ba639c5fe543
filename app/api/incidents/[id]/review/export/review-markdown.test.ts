import { describe, expect, it } from "vitest";
import { reviewMarkdown } from "@/app/api/incidents/[id]/review/export/review-markdown";
import { createActionItem } from "@/lib/action-items/mutations";
import { markServiceRestored } from "@/lib/recovery/mutations";
import { getReview } from "@/lib/reviews/data";
import { scoreCriterion, updateReview } from "@/lib/reviews/mutations";
import { addNote, pinEvent } from "@/lib/timeline/mutations";
import { declareOutage, moveAlong } from "@/test/incidents";
import { demoUser } from "@/test/users";

const NOW = new Date("2026-11-25T23:00:00Z");

async function exportedReview() {
  const commander = await demoUser("commander");
  const { id } = await declareOutage(commander, { title: "Database *and* API | down", detectedAt: "2026-11-25T10:00:00Z" });
  await markServiceRestored(commander, id, "database", { restoredAt: "2026-11-25T10:42:00Z", dataLossMinutes: 5 });
  await markServiceRestored(commander, id, "core-api", { restoredAt: "2026-11-25T11:10:00Z" });
  const note = await addNote(commander, id, { body: "Replica promoted" });
  await pinEvent(commander, id, { seq: note.seq, pinned: true });
  await moveAlong(commander, id);
  await scoreCriterion(commander, id, "communication", { met: true, note: "Status page updated twice" });
  await updateReview(commander, id, { wentWell: "- Backups restored\n# cleanly", downtimeMinutes: 70, usersAffected: 12000 });
  await createActionItem(commander, id, { title: "Alert on | replication lag", ownerName: "DBA [on call]", dueDate: "2026-11-20", priority: "high" });
  await createActionItem(commander, id, { title: "Rehearse failover", ownerId: commander.id, dueDate: "2026-12-20" });
  return { markdown: reviewMarkdown(await getReview(commander, id), NOW), commander };
}

describe("the review's Markdown export", () => {
  it("holds the timeline, the services against their objectives, the durations, criteria, notes, impact and action items", async () => {
    const { markdown, commander } = await exportedReview();
    expect(markdown).toMatch(/^# Post-incident review: #\d+ Database \\\*and\\\* API \\\| down\n/);
    expect(markdown).toContain(`- 25 Nov 2026, 10:42 UTC: ${commander.name} marked Database restored (Recovered in 42 min, within RTO · 5 min of data lost)`);
    // Notes and moves are stamped with the time they were made: any day.
    expect(markdown).toMatch(/- \d{1,2} \w{3,4} \d{4}, \d\d:\d\d UTC: Casey Commander added a note \(“Replica promoted”\) \*\*Pinned\*\*/);
    expect(markdown).toMatch(/- \d{1,2} \w{3,4} \d{4}, \d\d:\d\d UTC: Casey Commander moved the incident to Resolved\n/);
    expect(markdown).toContain("- Database: RTO target 1 h, recovered in 42 min (met); RPO target 15 min, 5 min of data lost (met)");
    expect(markdown).toContain("- Core API: RTO target 1 h, recovered in 1 h 10 min (missed); RPO target 15 min, data loss not recorded");
    expect(markdown).toContain("- Web Application: RTO target 2 h, not marked restored; RPO target 1 h, data loss not recorded");
    expect(markdown).toContain("- Time to detect (Impact started → Detected): Not recorded");
    expect(markdown).toContain(
      "- Communication (All stakeholders properly notified): Met. Suggested: not met, because no status update was posted to stakeholders or the public. Not confirmed yet. Status page updated twice",
    );
    expect(markdown).toContain(
      "- RTO Achievement (Recovery completed within target time): Not scored. Suggested: not met, because Core API was restored in 1 h 10 min against a 1 h RTO. Not confirmed yet",
    );
    expect(markdown).toContain("## What went well\n\n\\- Backups restored\\\n\\# cleanly\n");
    expect(markdown).toContain("- Downtime: 1 h 10 min\n- Users affected: 12,000\n- Estimated cost: not recorded");
    expect(markdown).toContain("| Alert on \\| replication lag | DBA \\[on call\\] | 20 Nov 2026 | Open (overdue) | High |");
    expect(markdown).toContain(`| Rehearse failover | ${commander.name} | 20 Dec 2026 | Open | Medium |`);
  });

  it("keeps every table row to five cells, whatever the titles hold", async () => {
    const { markdown } = await exportedReview();
    const rows = markdown.split("\n").filter((line) => line.startsWith("| "));
    expect(rows.length).toBe(4);
    for (const row of rows) expect(row.replace(/\\\|/g, "").split("|").length - 2).toBe(5);
  });
});
