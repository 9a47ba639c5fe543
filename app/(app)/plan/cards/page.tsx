import type { Metadata } from "next";
import Link from "next/link";
import { PrintButton } from "@/app/(app)/incidents/[id]/review/components/print-button";
import { ContactCards } from "@/components/break-glass/contact-cards";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClasses } from "@/components/ui/button-classes";
import { requireUser } from "@/lib/auth/session";
import { publicStatusAddress } from "@/lib/break-glass/data";
import { readPlanModel } from "@/lib/plan/code/model";

export const metadata: Metadata = { title: "Emergency contact cards" };

/** Appendix A: the contacts as wallet-sized cards to print, cut and carry. */
export default async function ContactCardsRoute() {
  await requireUser();
  const plan = await readPlanModel();
  const hasDemoValues = plan.contacts.some((contact) => contact.isDemoValue);
  return (
    <div>
      <div className="print:hidden">
        <PageHeader
          title="Emergency contact cards"
          description={
            <>
              <p>Every contact on a card the size of a bank card: print, cut along the dashed lines and keep one in your wallet.</p>
              {hasDemoValues && (
                <p className="mt-2 text-sm">
                  Cards marked <span className="font-medium text-major">Demo</span> hold the plan&apos;s placeholders, not real people.
                </p>
              )}
            </>
          }
          actions={
            <div className="flex flex-wrap gap-2">
              <PrintButton />
              <a href="/api/contacts/vcard" download className={buttonClasses("secondary")}>
                Download vCard
              </a>
              <Link href="/plan/quick-reference" className={buttonClasses("quiet")}>
                Quick reference
              </Link>
            </div>
          }
        />
      </div>
      <ContactCards
        contacts={plan.contacts}
        escalationLevels={plan.escalationLevels}
        statusAddress={publicStatusAddress()}
        stamp={{ version: plan.document.version, madeAt: new Date() }}
      />
    </div>
  );
}
