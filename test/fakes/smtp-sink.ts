import type { Socket } from "node:net";
import { SMTPServer, type SMTPServerDataStream } from "smtp-server";

// A local SMTP server for tests: it accepts mail for anyone, keeps every message, and
// can be told to refuse the next messages (a 4xx or 5xx, at RCPT TO or DATA) or to
// keep a message and then cut the connection before answering, as a server that
// crashed after queueing would. Never a real mail server.

export type SinkMessage = {
  from: string;
  to: string[];
  messageId: string | null;
  subject: string | null;
  headers: string;
  /** The body, decoded from quoted-printable or base64. */
  text: string;
};

type Fault =
  { kind: "refuse"; stage: "rcpt" | "data"; code: number; message: string } | { kind: "drop-after-accepting" };

export type SmtpSink = Awaited<ReturnType<typeof startSmtpSink>>;

export async function startSmtpSink(credentials = { user: "tracker", pass: "secret" }, port = 0) {
  const messages: SinkMessage[] = [];
  const faults: Fault[] = [];
  const sockets = new Set<Socket>();
  let refusedLogins = 0;
  const refusal = (fault: Extract<Fault, { kind: "refuse" }>) =>
    Object.assign(new Error(fault.message), { responseCode: fault.code });
  const nextFault = (stage: "rcpt" | "data") => {
    const fault = faults[0];
    if (fault?.kind === "refuse" && fault.stage === stage) return faults.shift() as Extract<Fault, { kind: "refuse" }>;
    return null;
  };

  const server = new SMTPServer({
    // Plain SMTP on loopback: no STARTTLS for nodemailer to try with a certificate it would refuse.
    disabledCommands: ["STARTTLS"],
    authOptional: false,
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === credentials.user && auth.password === credentials.pass) return callback(null, { user: 1 });
      refusedLogins++;
      callback(Object.assign(new Error("Invalid username or password"), { responseCode: 535 }));
    },
    onRcptTo(_address, _session, callback) {
      const fault = nextFault("rcpt");
      callback(fault ? refusal(fault) : undefined);
    },
    onData(stream: SMTPServerDataStream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const fault = nextFault("data");
        if (fault) return callback(refusal(fault));
        messages.push(parseMessage(Buffer.concat(chunks).toString("utf8"), session.envelope));
        if (faults[0]?.kind === "drop-after-accepting") {
          faults.shift();
          // The message is kept, but the client never hears "250 OK".
          for (const socket of sockets) socket.destroy();
          return;
        }
        callback();
      });
    },
  });
  server.server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: listening } = server.server.address() as { port: number };

  return {
    url: `smtp://${credentials.user}:${credentials.pass}@127.0.0.1:${listening}`,
    messages,
    get refusedLogins() {
      return refusedLogins;
    },
    /** Refuses the next `count` messages with `code` (4xx: try later; 5xx: refused). */
    refuseNext(count: number, code: number, stage: "rcpt" | "data" = "data", message = "Try again later") {
      for (let i = 0; i < count; i++) faults.push({ kind: "refuse", stage, code, message });
    },
    /** Keeps the next message and cuts the connection instead of answering. */
    dropAfterAcceptingNext() {
      faults.push({ kind: "drop-after-accepting" });
    },
    clearFaults() {
      faults.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function parseMessage(raw: string, envelope: { mailFrom: false | { address: string }; rcptTo: { address: string }[] }) {
  const split = raw.indexOf("\r\n\r\n");
  const headers = raw.slice(0, split);
  const body = raw.slice(split + 4);
  const header = (name: string) => {
    // Folded header lines continue with whitespace.
    const match = new RegExp(`^${name}:[ \\t]*(.*(?:\\r\\n[ \\t].*)*)`, "im").exec(headers);
    return match ? match[1]!.replace(/\r\n[ \t]+/g, " ").trim() : null;
  };
  const encoding = header("Content-Transfer-Encoding")?.toLowerCase();
  const text =
    encoding === "quoted-printable"
      ? Buffer.from(
          body
            .replace(/=\r\n/g, "")
            .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
          "latin1",
        ).toString("utf8")
      : encoding === "base64"
        ? Buffer.from(body, "base64").toString("utf8")
        : body;
  return {
    from: envelope.mailFrom ? envelope.mailFrom.address : "",
    to: envelope.rcptTo.map((r) => r.address),
    messageId: header("Message-ID"),
    subject: header("Subject"),
    headers,
    text: text.replace(/\r\n/g, "\n"),
  };
}
