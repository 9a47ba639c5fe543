// E-mail through the SMTP server SMTP_URL names (smtp://user:pass@host:port); none without it.
import nodemailer, { type Transporter } from "nodemailer";

let transport: Transporter | null = null;

export function smtpConfigured(): boolean {
  return !!process.env.SMTP_URL;
}

export async function sendEmail({ to, subject, text }: { to: string; subject: string; text: string }) {
  transport ??= nodemailer.createTransport(process.env.SMTP_URL);
  await transport.sendMail({ from: process.env.SMTP_FROM ?? "Muster <muster@localhost>", to, subject, text });
}
