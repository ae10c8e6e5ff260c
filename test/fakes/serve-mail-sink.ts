// Runs the SMTP sink on its own for the e2e server (playwright.config.ts), with a small
// HTTP side so specs in another process can read what arrived:
//   node --import tsx test/fakes/serve-mail-sink.ts --smtp-port 2525 --http-port 2526
//   GET /messages -> every message kept so far, oldest first, as JSON.
import { createServer } from "node:http";
import { startSmtpSink } from "./smtp-sink";

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : 0;
};

const sink = await startSmtpSink(undefined, arg("smtp-port"));
const http = createServer((req, res) => {
  if (req.method === "GET" && req.url === "/messages") {
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(sink.messages));
  } else {
    res.writeHead(404).end();
  }
});
await new Promise<void>((resolve) => http.listen(arg("http-port"), "127.0.0.1", resolve));
console.log(`Mail sink: SMTP ${sink.url}, messages on http://127.0.0.1:${arg("http-port")}/messages`);
const stop = () => void sink.close().then(() => http.close(() => process.exit(0)));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
