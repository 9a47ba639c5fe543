import { AuditRecord } from "@/app/(app)/settings/components/audit-record";
import { ApiTokens, type TokenSummary } from "@/app/(app)/settings/components/api-tokens";
import { CalendarFeed } from "@/app/(app)/settings/components/calendar-feed";
import { CommunicationTemplates } from "@/app/(app)/settings/components/communication-templates";
import { Subscribers, type SubscriberSummary } from "@/app/(app)/settings/components/subscribers";
import type { TemplateSummary } from "@/app/(app)/settings/components/template-form";
import { Users } from "@/app/(app)/settings/components/users";
import { Webhooks, type WebhookSummary } from "@/app/(app)/settings/components/webhooks";
import { ROLE_LABELS } from "@/components/role-labels";
import { DetailList } from "@/components/ui/detail-list";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { MAX_ATTEMPTS } from "@/lib/outbound/backoff";
import type { SignedInUser } from "@/lib/users/data";
import type { ManagedUserView } from "@/lib/users/present";

type SettingsPageProps = {
  user: SignedInUser;
  tokens: TokenSummary[];
  /** When the caller's calendar address was made, or null for none. */
  calendarFeedSince: string | null;
  /** Everyone with an account, for an admin; null for anyone else: the section is not shown to them. */
  users: ManagedUserView[] | null;
  /** Null for a user who may not manage webhooks: the section is not shown to them. */
  webhooks: WebhookSummary[] | null;
  /** Templates and subscribers, for a user who may manage them; null otherwise. */
  communications: { templates: TemplateSummary[]; subscribers: SubscriberSummary[] } | null;
};

export function SettingsPage({ user, tokens, calendarFeedSince, users, webhooks, communications }: SettingsPageProps) {
  return (
    <>
      <PageHeader title="Settings" description="Your account, and tokens for automation that acts as you." />
      <div className="space-y-10">
        <Section id="account" title="Account">
          <Card className="p-5">
            <DetailList
              details={[
                { label: "Name", value: user.name },
                { label: "E-mail", value: user.email },
                { label: "Role", value: ROLE_LABELS[user.role] },
              ]}
            />
          </Card>
        </Section>
        <Section
          id="api-tokens"
          title="API tokens"
          description={
            <>
              For monitoring that declares incidents and scripts that tick steps: send{" "}
              <code className="font-mono text-sm">Authorization: Bearer &lt;token&gt;</code>. A token acts with your
              role. The API is described at{" "}
              <a className="text-accent underline" href="/api/openapi.json">
                /api/openapi.json
              </a>
              .
            </>
          }
        >
          <ApiTokens initialTokens={tokens} />
        </Section>
        {users && (
          <Section
            id="users"
            title="Users"
            description="Who can sign in to Muster and with what role. A new person gets an invitation link to choose their password, or a one-time password you pass on. People who sign in through your identity provider are added on their first sign-in with its default role."
          >
            <Users initialUsers={users} currentUserId={user.id} />
          </Section>
        )}
        <Section
          id="calendar"
          title="Calendar"
          description="The plan's reviews, the drill schedule and open post-incident reviews, as dates in the calendar app you already use."
        >
          <CalendarFeed createdAt={calendarFeedSince} />
        </Section>
        {webhooks && (
          <Section
            id="webhooks"
            title="Webhooks and chat destinations"
            description={
              <>
                A chat destination (Slack, Microsoft Teams, Mattermost, Discord) gets a message in the platform&apos;s own format for each
                event it receives, with the incident&apos;s severity, state, services and their time to breach, a link to the war room and
                the conference bridge. A webhook gets Muster&apos;s JSON, signed:{" "}
                <code className="font-mono text-sm">Muster-Signature: t=&lt;unix seconds&gt;,v1=&lt;signature&gt;</code>,
                where the signature is the hex HMAC-SHA256 of <code className="font-mono text-sm">&lt;t&gt;.&lt;raw body&gt;</code>{" "}
                keyed with the webhook&apos;s secret. <code className="font-mono text-sm">Muster-Delivery</code> carries the
                delivery&apos;s id, the same on every retry. A failed delivery is retried after 1 s, 2 s, 4 s … up to 5 min
                apart, {MAX_ATTEMPTS} attempts in all.
              </>
            }
          >
            <Webhooks initialWebhooks={webhooks} />
          </Section>
        )}
        {communications && (
          <>
            <Section
              id="templates"
              title="Communication templates"
              description="The plan's templates for status updates. Placeholders in double braces are filled in from the incident when an update is drafted in the war room."
            >
              <CommunicationTemplates templates={communications.templates} />
            </Section>
            <Section
              id="subscribers"
              title="Subscribers"
              description="Stakeholder and public updates are e-mailed to these addresses when SMTP is configured (SMTP_URL). Drills are not sent unless declared to notify."
            >
              <Subscribers initialSubscribers={communications.subscribers} />
            </Section>
          </>
        )}
        <AuditRecord />
      </div>
    </>
  );
}
