import { ApiTokens, type TokenSummary } from "@/app/(app)/settings/components/api-tokens";
import { ROLE_LABELS } from "@/components/role-labels";
import { DetailList } from "@/components/ui/detail-list";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import type { SignedInUser } from "@/lib/users/data";

export function SettingsPage({ user, tokens }: { user: SignedInUser; tokens: TokenSummary[] }) {
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
      </div>
    </>
  );
}
