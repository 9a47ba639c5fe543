// "Appendix C: Communication Templates" names the templates without writing them; these four cover
// what the plan's runbooks ask for (status page updates, stakeholder notifications, the
// maintenance page the cluster runbook switches DNS to, the resolution notice of post-recovery).
// Placeholders in double braces are filled in when a status update is drafted.
import type { Prisma } from "@/lib/generated/prisma/client";

type CommunicationTemplateSeed = Omit<Prisma.CommunicationTemplateCreateManyInput, "position">;

export const COMMUNICATION_TEMPLATES: readonly CommunicationTemplateSeed[] = [
  {
    key: "status-page-update",
    name: "Status page update",
    audience: "public",
    // Public texts name what users notice, not the incident's internal title.
    subject: "Investigating an issue affecting {{services}}",
    body: [
      "We are working on an issue affecting {{services}}.",
      "Our team is recovering the affected services and will post the next update by {{nextUpdateAt}}.",
      "We apologise for the disruption.",
    ].join("\n\n"),
  },
  {
    key: "stakeholder-notification",
    name: "Stakeholder notification",
    audience: "stakeholders",
    subject: "[{{incident.severity}}] {{incident.title}}",
    body: [
      "An incident of severity {{incident.severity}} is in progress: {{incident.title}}.",
      "Affected services: {{services}}.",
      "The response team is following the disaster recovery plan. Next update by {{nextUpdateAt}}.",
    ].join("\n\n"),
  },
  {
    key: "resolution-notice",
    name: "Resolution notice",
    audience: "public",
    subject: "Resolved: the issue affecting {{services}}",
    body: [
      "The issue affecting {{services}} was resolved at {{resolvedAt}}.",
      "All services are operating normally. We will review what happened and share what we change.",
      "Thank you for your patience.",
    ].join("\n\n"),
  },
  {
    key: "maintenance-page",
    name: "Maintenance page",
    audience: "public",
    subject: "We'll be right back",
    body: [
      "Some services are temporarily unavailable while we restore them: {{services}}.",
      "Next update by {{nextUpdateAt}}. Follow our status page for progress.",
    ].join("\n\n"),
  },
];
