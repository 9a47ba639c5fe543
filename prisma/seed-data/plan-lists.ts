// The plan's remaining lists, as written: metrics and KPIs, training and awareness, the
// improvement horizons, who attends a review meeting, and the appendices.
export type PlanListSeed = {
  key: string;
  title: string;
  // Where in the plan the list stands.
  section: string;
  items: { text: string; details?: string[] }[];
};

function items(texts: string[]) {
  return texts.map((text) => ({ text }));
}

export const PLAN_LISTS: readonly PlanListSeed[] = [
  {
    key: "recovery-metrics",
    title: "Recovery Metrics",
    section: "Continuous Improvement › Metrics and KPIs",
    items: items([
      "Mean Time to Detection (MTTD)",
      "Mean Time to Recovery (MTTR)",
      "Recovery Point Objective (RPO) achievement",
      "Recovery Time Objective (RTO) achievement",
    ]),
  },
  {
    key: "preparedness-metrics",
    title: "Preparedness Metrics",
    section: "Continuous Improvement › Metrics and KPIs",
    items: items([
      "Backup success rate",
      "Test execution frequency",
      "Team response time",
      "Documentation completeness",
    ]),
  },
  {
    key: "business-impact-metrics",
    title: "Business Impact Metrics",
    section: "Continuous Improvement › Metrics and KPIs",
    items: items([
      "Revenue impact during downtime",
      "User impact and churn",
      "Customer satisfaction scores",
      "Reputation impact assessment",
    ]),
  },
  {
    key: "new-team-member-onboarding",
    title: "New Team Member Onboarding",
    section: "Continuous Improvement › Training and Awareness",
    items: items([
      "Disaster recovery plan overview",
      "Role-specific training",
      "Hands-on recovery simulation",
      "Documentation familiarization",
    ]),
  },
  {
    key: "ongoing-training",
    title: "Ongoing Training",
    section: "Continuous Improvement › Training and Awareness",
    items: items([
      "Monthly tabletop exercises",
      "Quarterly hands-on drills",
      "Annual comprehensive simulation",
      "External training and certification",
    ]),
  },
  {
    key: "knowledge-management",
    title: "Knowledge Management",
    section: "Continuous Improvement › Training and Awareness",
    items: items([
      "Maintain up-to-date runbooks",
      "Document lessons learned",
      "Share knowledge across teams",
      "Regular knowledge transfer sessions",
    ]),
  },
  {
    key: "improvement-implementation",
    title: "Improvement Implementation",
    section: "Post-Incident Review Process",
    items: [
      {
        text: "Immediate Fixes (0-7 days)",
        details: ["Critical process gaps", "Monitoring improvements", "Documentation updates"],
      },
      {
        text: "Short-term Improvements (1-4 weeks)",
        details: ["Process enhancements", "Tool improvements", "Additional monitoring"],
      },
      {
        text: "Long-term Initiatives (1-3 months)",
        details: ["Infrastructure improvements", "Major process overhauls", "Investment in new tools"],
      },
    ],
  },
  {
    key: "review-meeting-attendees",
    title: "Review Meeting Attendees",
    section: "Post-Incident Review Process › Review Meeting",
    items: items([
      "Incident Commander",
      "Technical Lead",
      "All team members involved in recovery",
      "Stakeholders as appropriate",
    ]),
  },
  {
    key: "appendices",
    title: "Appendices",
    section: "Appendices",
    // Each appendix with the description the plan writes in its place.
    items: [
      { text: "Appendix A: Emergency Contact Cards", details: ["Physical contact cards for wallet/phone"] },
      { text: "Appendix B: Recovery Checklists", details: ["Quick reference checklists for each scenario"] },
      {
        text: "Appendix C: Communication Templates",
        details: ["Pre-written templates for various stakeholder communications"],
      },
      { text: "Appendix D: Technical Diagrams", details: ["Infrastructure diagrams and dependencies"] },
      { text: "Appendix E: Vendor Information", details: ["Detailed vendor contact information and procedures"] },
    ],
  },
];
