// One headless Chromium for the whole e2e run: launched once here, before the test files, and shared by them
// through its WebSocket address (harness.ts BROWSER_WS_ENV); each file opens its own contexts in it, so files
// stay isolated (cookies, storage, permissions) without a browser launch per file.
import { chromium } from "playwright-core";
import { BROWSER_WS_ENV, CHROMIUM_ARGS, CHROMIUM_PATH } from "./harness.ts";

export default async function setup(): Promise<() => Promise<void>> {
  const server = await chromium.launchServer({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    host: "127.0.0.1",
  });
  process.env[BROWSER_WS_ENV] = server.wsEndpoint();
  return async () => {
    await server.close();
  };
}
