import "server-only";
import nodemailer from "nodemailer";
import { DeliveryError } from "./delivery-error";

// E-mail through one SMTP server (SMTP_URL). SMTP cannot refuse a message it already
// has, so a mail whose "250 OK" was lost is sent again on retry: it carries the same
// Message-ID each time (from the delivery's id), by which mail clients show one copy.

export type Mail = { deliveryId: string; to: string; subject: string; text: string };
export type MailSender = (mail: Mail) => Promise<void>;

type SmtpFailure = Error & { responseCode?: number; response?: string; command?: string; code?: string };

export function smtpMailSender(options: { url: string; from: string; messageIdDomain: string; timeoutMs: number }) {
  const transport = nodemailer.createTransport(options.url, {
    connectionTimeout: options.timeoutMs,
    greetingTimeout: options.timeoutMs,
    socketTimeout: options.timeoutMs,
  });
  const send: MailSender = async (mail) => {
    try {
      await transport.sendMail({
        from: options.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        messageId: `<${mail.deliveryId}@${options.messageIdDomain}>`,
        // RFC 3834: tells auto-responders not to answer a notification.
        headers: { "Auto-Submitted": "auto-generated" },
      });
    } catch (error) {
      throw describeSmtpFailure(error as SmtpFailure);
    }
  };
  return { send, close: () => transport.close() };
}

function describeSmtpFailure(error: SmtpFailure): DeliveryError {
  const firstLine = (text: string) => text.split("\n", 1)[0]!.trim();
  if (!error.responseCode) return new DeliveryError(`SMTP server unreachable or gone: ${firstLine(error.message)}`);
  const at = error.command ? ` to ${error.command}` : "";
  const answer = firstLine(error.response ?? error.message);
  // A 5xx to the recipient is the server refusing the address: retrying cannot help.
  // Any other refusal (a 4xx, a wrong password) may pass once the cause is fixed.
  const permanent = error.responseCode >= 500 && error.command === "RCPT TO";
  return new DeliveryError(`SMTP server answered ${answer}${at}`, { permanent });
}
