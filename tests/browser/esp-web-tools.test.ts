// ESP Web Tools' own install dialog (the npm package, the release people meet on ESPHome's and WLED's
// pages) in a real Chromium, its serial port bridged to the real simulated device: the dialog finds the
// device over Improv, lists its scan, shows "Unable to connect" after a wrong password and keeps showing
// it while it scans again, then provisions the device and links to its page. No flashing: the dialog is
// opened on a running device, as "Connect" on an install page does.
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { FrameType, RpcCommand } from "../../modules/improv/frame.js";
import { serveWeb } from "../../web/serve.mjs";
import { equal, ok } from "../support/assert.js";
import { launchBrowser, openPage, SCREENSHOTS, SimulatorProcess, type Browser, type DeviceFactory } from "./harness.js";

const require = createRequire(import.meta.url);
const PACKAGE = dirname(require.resolve("esp-web-tools/package.json"));
const VERSION: string = require("esp-web-tools/package.json").version;
const PAGE_DIR = join(dirname(SCREENSHOTS), "..", "esp-web-tools-page");

/** An install page as a project publishes one: the button, and a manifest naming this firmware. */
function writeInstallPage(): void {
  rmSync(PAGE_DIR, { recursive: true, force: true });
  mkdirSync(join(PAGE_DIR, "ewt"), { recursive: true });
  const bundle = join(PACKAGE, "dist", "web");
  for (const file of readdirSync(bundle)) copyFileSync(join(bundle, file), join(PAGE_DIR, "ewt", file));
  writeFileSync(join(PAGE_DIR, "manifest.json"), JSON.stringify({
    name: "esp-console-prov", version: "0.1.0", new_install_prompt_erase: false,
    builds: [{ chipFamily: "ESP32", parts: [{ path: "firmware.bin", offset: 0 }] }],
  }));
  writeFileSync(join(PAGE_DIR, "index.html"), `<!doctype html><html><head><meta charset="utf-8"><title>Install</title>
<script type="module" src="ewt/install-button.js"></script></head>
<body><esp-web-install-button manifest="manifest.json"></esp-web-install-button></body></html>`);
}

/** How many "request Wi-Fi networks" RPCs the page has written to the device. */
function countScanRequests(bytes: number[]): number {
  let count = 0;
  const text = String.fromCharCode(...bytes);
  for (let at = text.indexOf("IMPROV"); at >= 0; at = text.indexOf("IMPROV", at + 6))
    if (bytes[at + 7] === FrameType.Rpc && bytes[at + 9] === RpcCommand.ScanNetworks) count++;
  return count;
}

async function waitUntil(condition: () => boolean, what: string, timeoutMs = 30000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function typeInto(field: Locator, text: string): Promise<void> {
  await field.locator("input").fill(text);
}

describe(`ESP Web Tools ${VERSION} (its install dialog) in Chromium`, function () {
  this.timeout(120000);
  let browser: Browser;
  let url: string;
  let closeServer: () => Promise<void>;
  const sims: SimulatorProcess[] = [];

  before(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeInstallPage();
    const server = await serveWeb({ root: PAGE_DIR, port: 0 });
    url = server.url;
    closeServer = server.close;
    browser = await launchBrowser();
  });

  after(async () => {
    for (const sim of sims.splice(0)) await sim.close();
    await browser?.close();
    await closeServer?.();
    rmSync(PAGE_DIR, { recursive: true, force: true });
  });

  it("finds the device, lists its scan, keeps 'Unable to connect' on screen through its rescans, then provisions it", async () => {
    const written: number[] = [];
    const device: DeviceFactory = async (send) => {
      // improv=true: a security 1 device (the default) answers Improv only when built with it.
      const sim = new SimulatorProcess(["improv=true", "applyDelayMs=100", "connectDelayMs=600",
        "improvUrl=http://{LOCAL_IPV4}/", "deviceName=Kitchen"], send);
      sims.push(sim);
      await sim.ready();
      const write = sim.write.bind(sim);
      sim.write = (bytes) => { written.push(...bytes); write(bytes); };
      return sim;
    };
    const { page, errors } = await openPage(browser, url, "bridge", device);
    await page.locator("esp-web-install-button button").click();
    const dialog = page.locator("ewt-install-dialog");
    await dialog.getByText("Connected to Kitchen").waitFor({ timeout: 20000 });
    ok(await dialog.getByText("esp-console-prov 0.1.0 (ESP32)").isVisible(), "the device info");
    await shot(page, "ewt-1-dashboard");

    await dialog.getByText("Connect to Wi-Fi").click();
    const password = dialog.locator("ew-filled-text-field[name=password]");
    await password.waitFor({ timeout: 30000 });
    const options = await dialog.locator("ew-select-option [slot=headline]").allTextContents();
    ok(options.includes("myssid") && options.includes("CoffeeShop Guest"), `the device's scan in the list: ${options.join(", ")}`);
    await shot(page, "ewt-2-networks");

    await typeInto(password, "not-the-password");
    await dialog.locator("ew-text-button", { hasText: "Connect" }).click();
    const error = dialog.locator("p.error");
    await error.waitFor({ timeout: 30000 });
    equal((await error.textContent())?.trim(), "Unable to connect");
    // The dialog scans again at once, then every 3 s. Once it has sent a third scan request, it has read
    // the device's answers to the first two.
    const before = countScanRequests(written);
    await waitUntil(() => countScanRequests(written) >= before + 3, "three scans after the failure");
    ok(await error.isVisible(), "'Unable to connect' is still on screen after two rescans");
    equal((await error.textContent())?.trim(), "Unable to connect");
    await shot(page, "ewt-3-unable-to-connect");

    await typeInto(password, "mypassword");
    await dialog.locator("ew-text-button", { hasText: "Connect" }).click();
    await dialog.locator("ewt-page-message[label='Device connected to the network!']").waitFor({ timeout: 30000 });
    const visit = dialog.locator("ew-list-item[type=link]", { hasText: "Visit Device" });
    equal(await visit.getAttribute("href"), "http://192.168.43.220/", "the device's improvUrl with its address");
    await shot(page, "ewt-4-provisioned");
    await sims[0].waitFor(/Provisioning successful; credentials saved/);
    equal(errors.join("\n"), "");
  });
});

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
