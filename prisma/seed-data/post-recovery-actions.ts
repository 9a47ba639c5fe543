// The plan's "Post-Recovery Actions": windows counted from the moment of recovery ("0-2 hours
// after recovery"), each numbered action a step with its bullets.
import type { RunbookSeed } from "./runbook-seed";

export const POST_RECOVERY_ACTIONS: RunbookSeed = {
  key: "post-recovery-actions",
  title: "Post-Recovery Actions",
  kind: "post_recovery",
  phases: [
    {
      key: "immediate",
      name: "Immediate Actions",
      // "0-2 hours after recovery"
      window: { startMinutes: 0, endMinutes: 2 * 60, anchor: "recovery" },
      steps: [
        {
          title: "Service Verification",
          details: [
            "Execute comprehensive health checks",
            "Verify all critical user flows",
            "Monitor system performance",
          ],
        },
        {
          title: "Communication",
          details: ["Update status page with resolution", "Notify all stakeholders", "Prepare internal communication"],
        },
        {
          title: "Monitoring",
          details: ["Increase monitoring frequency", "Watch for secondary issues", "Monitor user feedback"],
        },
      ],
    },
    {
      key: "short-term",
      name: "Short-term Actions",
      // "2-24 hours after recovery"
      window: { startMinutes: 2 * 60, endMinutes: 24 * 60, anchor: "recovery" },
      steps: [
        {
          title: "Performance Monitoring",
          details: ["Monitor system stability", "Track user engagement metrics", "Identify any lingering issues"],
        },
        {
          title: "Data Validation",
          details: ["Verify data consistency", "Check for any data loss", "Validate business metrics"],
        },
        {
          title: "Security Assessment",
          details: ["Review security logs", "Assess any security implications", "Update security measures if needed"],
        },
      ],
    },
    {
      key: "long-term",
      name: "Long-term Actions",
      // "1-7 days after recovery"
      window: { startMinutes: 24 * 60, endMinutes: 7 * 24 * 60, anchor: "recovery" },
      steps: [
        {
          title: "Post-Incident Review",
          details: [
            "Conduct thorough incident analysis",
            "Document lessons learned",
            "Identify improvement opportunities",
          ],
        },
        {
          title: "Process Updates",
          details: ["Update recovery procedures", "Revise monitoring and alerting", "Update documentation"],
        },
        {
          title: "Training and Preparation",
          details: [
            "Update team training materials",
            "Schedule additional training if needed",
            "Review and update contact lists",
          ],
        },
      ],
    },
  ],
};
