import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// The baseline of the site benchmark: node:http answering every request with one Buffer
// from memory, with the content type the app sent. Its own process, like the app, so
// neither shares an event loop or a heap with the load generator.

const SERVER = `
const http = require("node:http");
const body = require("node:fs").readFileSync(process.env.BODY_FILE);
const headers = { "content-type": process.env.CONTENT_TYPE, "content-length": body.length };
const server = http.createServer((req, res) => {
  res.writeHead(200, headers);
  res.end(req.method === "HEAD" ? undefined : body);
});
server.listen(Number(process.env.PORT), "127.0.0.1", () => console.log("ready"));
`;

export type StaticServer = { url: string; stop(): Promise<void> };

export async function startStaticServer(body: Buffer, contentType: string, port: number): Promise<StaticServer> {
  const folder = mkdtempSync(path.join(tmpdir(), "msc-tracker-static-"));
  const bodyFile = path.join(folder, "body");
  writeFileSync(bodyFile, body);
  const env = { ...process.env, BODY_FILE: bodyFile, CONTENT_TYPE: contentType, PORT: String(port) };
  const child = spawn(process.execPath, ["-e", SERVER], { env, stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.once("data", () => resolve());
    child.once("exit", (code) => reject(new Error(`the static server exited with code ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
