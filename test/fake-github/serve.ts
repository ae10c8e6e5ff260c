// Runs the fake GitHub on its own, for trying the tracker by hand and for the e2e run:
//   node --import tsx test/fake-github/serve.ts [--port 4010] [--scale 4500]
//     [--oauth-client-id ID --oauth-client-secret SECRET] [--oauth-login LOGIN]
import { startFakeGitHub } from "./start-fake-github";

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};

const fake = await startFakeGitHub({
  port: Number(arg("port") ?? process.env.FAKE_GITHUB_PORT ?? 0),
  scale: arg("scale") ? Number(arg("scale")) : undefined,
  oauth: {
    clientId: arg("oauth-client-id"),
    clientSecret: arg("oauth-client-secret"),
    defaultLogin: arg("oauth-login"),
  },
});
console.log(`Fake GitHub on ${fake.url}`);
const stop = () => void fake.close().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
