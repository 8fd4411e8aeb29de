// The Wi-Fi setup page in a real Chromium, its serial port bridged to the real simulated device (or, for
// Improv, to a test double): what a person sees and does, screen by screen, with a screenshot of each
// main screen in build/screenshots/web.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { buildWeb } from "../../web/build.mjs";
import { serveWeb } from "../../web/serve.mjs";
import { equal, match, ok } from "../support/assert.js";
import { launchBrowser, openPage, SCREENSHOTS, sec2Credentials, SimulatorProcess, type Browser, type DeviceFactory } from "./harness.js";
import { ImprovDouble } from "./improv-double.js";

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Waits for one of the page's screens to be the one shown. */
async function screen(page: Page, name: string, timeout = 20000): Promise<void> {
  await page.locator(`#screen-${name}`).waitFor({ state: "visible", timeout });
}

/** What the element shows, as one line. */
async function text(page: Page, selector: string): Promise<string> {
  return (await page.locator(selector).innerText()).replace(/\s+/g, " ").trim();
}

/** The console panel's text, shown or folded. */
async function consoleText(page: Page): Promise<string> {
  return (await page.locator("#console-log").textContent()) ?? "";
}

async function visibleText(page: Page, selector: string, pattern: RegExp, timeout = 20000): Promise<string> {
  const locator = page.locator(selector).filter({ hasText: pattern });
  await locator.first().waitFor({ state: "visible", timeout });
  return text(page, selector);
}

/** The SSIDs in the network list, top to bottom, and which rows show a lock. */
async function networkRows(page: Page): Promise<{ ssid: string; locked: boolean; bars: number }[]> {
  await page.locator("#network-list .network").first().waitFor({ state: "visible", timeout: 30000 });
  return page.locator("#network-list .network").evaluateAll((rows) => rows.map((row) => ({
    ssid: row.querySelector(".ssid")?.textContent ?? "",
    locked: row.querySelector(".lock") !== null,
    bars: row.querySelectorAll(".bars rect.on").length,
  })));
}

function simulator(args: string[], started: SimulatorProcess[]): DeviceFactory {
  return async (send) => {
    const sim = new SimulatorProcess(args, send);
    started.push(sim);
    await sim.ready();
    return sim;
  };
}

// Short radio delays keep the run quick; the page polls every second as it would a board.
const FAST = ["resetProvisioning=true", "applyDelayMs=100", "connectDelayMs=600"];

describe("web page in Chromium", function () {
  this.timeout(120000);
  let browser: Browser;
  let url: string;
  let closeServer: () => Promise<void>;
  const sims: SimulatorProcess[] = [];

  before(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await buildWeb();
    const server = await serveWeb({ port: 0 });
    url = server.url;
    closeServer = server.close;
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await closeServer?.();
  });

  afterEach(async () => {
    for (const sim of sims.splice(0)) await sim.close();
    for (const page of browser.context.pages()) await page.close();
  });

  it("a browser without Web Serial gets a message naming the browsers that have it, and no Connect", async () => {
    const { page, errors } = await openPage(browser, url, "missing");
    const notice = await visibleText(page, "#unsupported", /cannot open serial ports/);
    match(notice, /Chrome or Edge \(version 89 or newer\) or Opera/);
    match(notice, /Firefox and Safari have no Web Serial/);
    ok(await page.locator("#connect").isDisabled(), "Connect is disabled");
    await shot(page, "no-web-serial");
    equal(errors.join("\n"), "");
  });

  it("a busy port is reported in words, and the page stays ready to connect again", async () => {
    const { page, errors } = await openPage(browser, url, "busy");
    await page.locator("#connect").click();
    const message = await visibleText(page, "#connect-error", /busy/);
    match(message, /The port is busy: another program has it open \(a serial monitor/);
    await screen(page, "connect");
    ok(await page.locator("#connect").isEnabled());
    equal(errors.join("\n"), "");
  });

  it("security 1: wrong PoP, then scan and pick, wrong passphrase, retry, success, and provision again", async () => {
    const { page, errors } = await openPage(browser, url, "bridge", simulator([...FAST, "securityVersion=1", "pop=abcd1234"], sims));
    await screen(page, "connect");
    await shot(page, "1-connect");
    await page.locator("#connect").click();

    await screen(page, "unlock");
    match(await text(page, "#unlock-facts"), /esp_prov v1\.1.*Security 1.*Proof of possession.*Wi-Fi scan/);
    ok(await page.locator("#username-field").isHidden(), "security 1 asks no username");
    equal(await page.evaluate("document.activeElement.id"), "secret", "the PoP field has the focus");
    await shot(page, "2-unlock");

    await page.keyboard.type("wrongpop");
    await page.keyboard.press("Enter");
    const wrong = await visibleText(page, "#unlock-error", /did not accept/);
    match(wrong, /The device did not accept this proof of possession \(PoP\)/);
    await shot(page, "2b-wrong-pop");

    await page.locator("#secret").fill("abcd1234");
    await page.locator("#unlock-form button[type=submit]").click();
    await screen(page, "network");
    const rows = await networkRows(page);
    equal(rows.map((r) => r.ssid).join(" | "), "myssid | Lab-WPA3-Transition | CoffeeShop Guest | OldRouter-WEP | Corp-802.1X-Enterprise-Network-1",
      "strongest first");
    equal(rows.map((r) => (r.locked ? "lock" : "open")).join(" "), "lock lock open lock lock");
    equal(rows.map((r) => r.bars).join(" "), "4 3 3 1 1");
    await shot(page, "3-networks");

    await page.locator("#network-list .network", { hasText: "myssid" }).click();
    match(await text(page, "#passphrase-label"), /Passphrase for “myssid”/);
    await page.locator("#passphrase").fill("not-the-password");
    await page.locator("#join").click();
    await screen(page, "progress");
    await page.locator("#progress-list li.active[data-stage=connecting]").waitFor({ timeout: 20000 });
    await shot(page, "4-progress");

    await screen(page, "result", 30000);
    equal(await text(page, "#result-title"), "Not connected");
    match(await text(page, "#result-text"), /^Wrong passphrase: the device could not join “myssid” with it\. Passphrases are case-sensitive\.$/);
    await shot(page, "5-wrong-passphrase");

    await page.locator("#retry").click();
    await screen(page, "network");
    ok(await page.locator("#network-list .network", { hasText: "myssid" }).locator("input").isChecked(), "the network stays chosen");
    await page.locator("#passphrase").fill("mypassword");
    await page.keyboard.press("Enter");
    await screen(page, "result", 30000);
    equal(await text(page, "#result-title"), "Connected to “myssid”");
    match(await text(page, "#result-facts"), /Network myssid IP address 192\.168\.43\.220 Channel 6/);
    await page.locator("#console summary").click();
    await shot(page, "6-connected");
    const log = await consoleText(page);
    match(log, /Provisioning started: console and Improv, security 1/);
    match(log, /Provisioning successful; credentials saved/);
    await sims[0].waitFor(/Provisioning successful; credentials saved/);

    // Reprovision: the device, still on its console, takes new settings.
    await page.locator("#reprovision").click();
    await screen(page, "network");
    await sims[0].waitFor(/Provisioning state reprovision/);
    await page.locator("#disconnect").click();
    await screen(page, "connect");
    ok(await page.locator("#link-status").isHidden());
    equal(errors.join("\n"), "");
  });

  it("security 2: username and password (wrong, then right), a typed network that is not found, then success", async () => {
    const credentials = await sec2Credentials("wifiprov", "s3cret-pass");
    const { page, errors } = await openPage(browser, url, "bridge", simulator([...FAST, "securityVersion=2", ...credentials], sims));
    await page.locator("#connect").click();
    await screen(page, "unlock");
    match(await text(page, "#unlock-facts"), /Security 2/);
    equal(await page.evaluate("document.activeElement.id"), "username");
    await page.keyboard.type("wifiprov");
    await page.keyboard.press("Tab");
    await page.keyboard.type("wrong-pass");
    await page.keyboard.press("Enter");
    match(await visibleText(page, "#unlock-error", /did not accept/), /did not accept this username and password/);
    await shot(page, "sec2-wrong-password");

    await page.locator("#secret").fill("s3cret-pass");
    await page.keyboard.press("Enter");
    await screen(page, "network");
    await networkRows(page);
    await page.locator("#network-other").check();
    ok(await page.locator("#ssid-field").isVisible());
    await page.locator("#ssid").fill("NoSuchNetwork");
    await page.locator("#passphrase").fill("whatever1");
    await page.keyboard.press("Enter");
    await screen(page, "result", 30000);
    match(await text(page, "#result-text"), /^Network not found: the device cannot see “NoSuchNetwork”/);
    await shot(page, "sec2-not-found");

    await page.locator("#retry").click();
    await screen(page, "network");
    equal(await page.locator("#ssid").inputValue(), "NoSuchNetwork", "the typed name is kept for correcting");
    await page.locator("#ssid").fill("myssid");
    await page.locator("#passphrase").fill("mypassword");
    await page.locator("#join").click();
    await screen(page, "result", 30000);
    equal(await text(page, "#result-title"), "Connected to “myssid”");
    match(await text(page, "#result-facts"), /IP address 192\.168\.43\.220/);
    await sims[0].waitFor(/Provisioning successful; credentials saved/);
    equal(errors.join("\n"), "");
  });

  it("Improv (a test double of an Improv device): networks, a wrong passphrase, then success with the device's page", async () => {
    let double: ImprovDouble | undefined;
    const device: DeviceFactory = async (send) => {
      double = new ImprovDouble(send, {
        url: "http://192.168.1.77/",
        networks: [{ ssid: "HomeNet", passphrase: "improv-pass", rssi: -48 }, { ssid: "Guest", passphrase: "", rssi: -71 }],
      });
      double.boot();
      return { write: (bytes) => double!.receive(bytes), close: async () => {} };
    };
    const { page, errors } = await openPage(browser, url, "bridge", device);
    await page.locator("#connect").click();
    await screen(page, "network", 30000);
    match(await text(page, "#network-facts"), /Improv Wi-Fi.*improv-double 1\.0\.0.*ESP32.*Test device/);
    const rows = await networkRows(page);
    equal(rows.map((r) => `${r.ssid}:${r.locked ? "lock" : "open"}`).join(" "), "HomeNet:lock Guest:open");
    await shot(page, "improv-networks");

    await page.locator("#network-list .network", { hasText: "HomeNet" }).click();
    await page.locator("#passphrase").fill("wrong");
    await page.keyboard.press("Enter");
    await screen(page, "result", 30000);
    match(await text(page, "#result-text"), /could not join the network: a wrong passphrase, or the network is out of range/);

    await page.locator("#retry").click();
    await screen(page, "network");
    await page.locator("#passphrase").fill("improv-pass");
    await page.keyboard.press("Enter");
    await screen(page, "result", 30000);
    equal(await text(page, "#result-title"), "Connected to “HomeNet”");
    equal(await page.locator("#visit").getAttribute("href"), "http://192.168.1.77/");
    ok(await page.locator("#reprovision").isHidden(), "Improv has no reprovision command");
    await shot(page, "improv-connected");
    match(double!.received.join(","), /rpc 2.*rpc 3.*rpc 4.*rpc 1.*rpc 1/);
    const log = await consoleText(page);
    ok(!/IMPROV/.test(log), "Improv frames stay out of the console panel");
    match(log, /improv-double: connected to HomeNet/);
    equal(errors.join("\n"), "");
  });

  it("a device unplugged mid-way: the page says so, and connecting again works", async () => {
    const { page, errors } = await openPage(browser, url, "bridge", simulator([...FAST, "securityVersion=1"], sims));
    await page.locator("#connect").click();
    await screen(page, "unlock");
    sims[0].child.kill("SIGTERM");
    await page.evaluate("window.__serialLost()");
    await screen(page, "connect");
    match(await visibleText(page, "#connect-error", /disconnected/), /The device was disconnected \(unplugged, or it reset its USB port\)\. Connect again to continue\./);
    match(await text(page, "#link-status"), /Disconnected/);
    await page.locator("#connect").click();
    await screen(page, "unlock");
    equal(sims.length, 2, "a second device session");
    equal(errors.join("\n"), "");
  });

  it("a phone-width window, keyboard only: no sideways scrolling, pick with the keys, type, Enter, connected", async () => {
    const { page, errors } = await openPage(browser, url, "bridge", simulator([...FAST, "securityVersion=0"], sims));
    await page.setViewportSize({ width: 360, height: 780 });
    await page.locator("#connect").focus();
    await page.keyboard.press("Enter");
    await screen(page, "network");
    await networkRows(page);
    const overflow = await page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
    equal(overflow, 0, "no sideways scrolling");
    await shot(page, "narrow-networks");
    // The list has the focus; Space picks the strongest network, arrows move the choice.
    await page.keyboard.press("Space");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowUp");
    ok(await page.locator("#network-list .network", { hasText: "myssid" }).locator("input").isChecked());
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    equal(await page.evaluate("document.activeElement.id"), "passphrase");
    await page.keyboard.type("mypassword");
    await page.keyboard.press("Enter");
    await screen(page, "result", 30000);
    equal(await text(page, "#result-title"), "Connected to “myssid”");
    equal(errors.join("\n"), "");
  });
});
