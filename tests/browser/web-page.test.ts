// The Wi-Fi setup page in a real Chromium, its serial port bridged to the real simulated device (esp_prov's
// console protocol, and Improv on a device that boots provisioned): what a person sees and does, screen by screen, with a screenshot of each
// main screen in build/screenshots/web.
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { buildWeb } from "../../web/build.mjs";
import { serveWeb } from "../../web/serve.mjs";
import { deepEqual, equal, match, ok } from "../support/assert.js";
import { flashFolder, launchBrowser, openPage, provisionOverConsole, SCREENSHOTS, sec2Credentials, SimulatorProcess, type Browser, type DeviceFactory } from "./harness.js";

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
    // Improv stays off with security 1 unless the device is built with improv=true (README, security notes).
    match(log, /Provisioning started: console, security 1, proof of possession required/);
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

  it("Improv: a device that boots provisioned runs no console; the page falls back to Improv, a wrong passphrase, then a new network", async () => {
    // The device got "myssid" over its console once; now it boots, joins, and answers only Improv.
    const flash = flashFolder();
    try {
      const seeded = provisionOverConsole(flash, "myssid", "mypassword");
      // improv=true: the device keeps its default security 1, which leaves Improv off unless built with it.
      const args = ["improv=true", "applyDelayMs=100", "connectDelayMs=600", "improvUrl=http://{LOCAL_IPV4}/", "deviceName=Kitchen"];
      const device: DeviceFactory = async (send) => {
        const sim = new SimulatorProcess(args, send, flash);
        sims.push(sim);
        await sim.ready(/Connected with IP Address:192\.168\.43\.220/);
        return sim;
      };
      const [{ page, errors }] = await Promise.all([openPage(browser, url, "bridge", device), seeded]);
      await page.locator("#connect").click();
      await screen(page, "result", 30000);
      match(sims[0].output, /Already provisioned, starting Wi-Fi STA \(SSID myssid\)/);
      ok(!/>> /.test(sims[0].output), "the provisioned device runs no console");
      equal(await text(page, "#result-title"), "This device already has a network");
      match(await text(page, "#result-facts"), /Device page http:\/\/192\.168\.43\.220\//);
      equal(await page.locator("#visit").getAttribute("href"), "http://192.168.43.220/", "the device's improvUrl, with its address");
      ok(await page.locator(".steps li[data-step=unlock]").isHidden(), "Improv has nothing to unlock");
      await shot(page, "improv-provisioned");

      await page.locator("#other-network").click();
      await screen(page, "network");
      match(await text(page, "#network-facts"), /Improv Wi-Fi.*esp-console-prov 0\.1\.0.*ESP32.*Kitchen/);
      equal(await page.locator("#network-facts li bdi").count(), 3, "what the device says about itself is isolated");
      const rows = await networkRows(page);
      equal(rows.map((r) => `${r.ssid}:${r.locked ? "lock" : "open"}`).join(" "),
        "myssid:lock Lab-WPA3-Transition:lock CoffeeShop Guest:open OldRouter-WEP:lock Corp-802.1X-Enterprise-Network-1:lock", "strongest first");
      await shot(page, "improv-networks");

      await page.locator("#network-list .network", { hasText: "Lab-WPA3-Transition" }).click();
      await page.locator("#passphrase").fill("not-the-password");
      await page.keyboard.press("Enter");
      // The device's own state push (provisioning) moves the page to "joining".
      await page.locator("#progress-list li.active[data-stage=connecting]").waitFor({ timeout: 20000 });
      await shot(page, "improv-progress");
      await screen(page, "result", 30000);
      equal(await text(page, "#result-title"), "Not connected");
      match(await text(page, "#result-text"), /could not join the network: a wrong passphrase, or the network is out of range/);
      await sims[0].waitFor(/Improv: unable to connect with the credentials sent/);
      await shot(page, "improv-wrong-passphrase");

      await page.locator("#retry").click();
      await screen(page, "network");
      ok(await page.locator("#network-list .network", { hasText: "Lab-WPA3-Transition" }).locator("input").isChecked(), "the network stays chosen");
      await page.locator("#passphrase").fill("labpassword");
      await page.keyboard.press("Enter");
      await screen(page, "result", 30000);
      equal(await text(page, "#result-title"), "Connected to “Lab-WPA3-Transition”");
      equal(await page.locator("#visit").getAttribute("href"), "http://172.16.4.9/", "the redirect URL with the new network's address");
      ok(await page.locator("#reprovision").isHidden(), "Improv has no reprovision command");
      await page.locator("#console summary").click();
      await shot(page, "improv-connected");
      await sims[0].waitFor(/Provisioning successful; credentials saved/);
      const log = await consoleText(page);
      ok(!/IMPROV/.test(log), "Improv frames stay out of the console panel");
      match(log, /Connected with IP Address:172\.16\.4\.9/);
      equal(errors.join("\n"), "");

      // Finish closes the port (the simulator's input ends and it exits); its next boot joins the new network.
      await page.locator("#finish").click();
      await screen(page, "connect");
      await sims[0].close();
      const next = new SimulatorProcess(["connectDelayMs=100"], () => {}, flash);
      sims.push(next);
      await next.waitFor(/Connected with IP Address:172\.16\.4\.9/);
      match(next.output, /Already provisioned, starting Wi-Fi STA \(SSID Lab-WPA3-Transition\)/);
    } finally {
      for (const sim of sims.splice(0)) await sim.close();
      rmSync(flash, { recursive: true, force: true });
    }
  });

  it("a network named with a right-to-left override is shown isolated with the control visible, and reorders nothing around it", async () => {
    const evil = "evil\u202Egnp.exe";
    const { page, errors } = await openPage(browser, url, "bridge",
      simulator([...FAST, "securityVersion=0", `aps=${evil}:evilpassword,myssid:mypassword`], sims));
    await page.locator("#connect").click();
    await screen(page, "network");
    const rows = await networkRows(page);
    equal(rows[0].ssid, "evilU+202Egnp.exe", "the override shown as its code point, not obeyed");
    const name = await page.locator("#network-list .network .ssid").first().evaluate((element) => ({
      tag: element.tagName, bidi: getComputedStyle(element).unicodeBidi,
      marks: [...element.querySelectorAll(".bidi-control")].map((mark) => mark.textContent),
    }));
    deepEqual(name, { tag: "BDI", bidi: "isolate", marks: ["U+202E"] });
    equal(await page.locator("#network-facts li bdi").count(), 1, "the device's version chip (esp_prov v1.1) is isolated too");

    await page.locator("#network-list .network").first().click();
    equal(await text(page, "#passphrase-label"), "Passphrase for “evilU+202Egnp.exe”");
    // Laid out left to right as written: the page's words, then the name (evil, the mark, gnp.exe), then ”.
    const order: number[] = await page.evaluate(`(() => {
      const [before, bdi, after] = [...document.getElementById("passphrase-label").childNodes];
      const [evilPart, mark, gnpPart] = [...bdi.childNodes];
      return [before, evilPart, mark, gnpPart, after].map((node) => {
        const range = document.createRange();
        range.selectNodeContents(node);
        return range.getBoundingClientRect().left;
      });
    })()`);
    ok(order.every((x, i) => i === 0 || x > order[i - 1]), `left to right as written: ${order.join(" < ")}`);
    await shot(page, "bidi-network");

    await page.locator("#passphrase").fill("not-the-password");
    await page.keyboard.press("Enter");
    await screen(page, "result", 30000);
    equal(await text(page, "#result-text"), "Wrong passphrase: the device could not join “evilU+202Egnp.exe” with it. Passphrases are case-sensitive.");
    equal(await page.locator("#result-text bdi .bidi-control").count(), 1);
    await shot(page, "bidi-wrong-passphrase");

    // Another firmware may print the name raw: the console panel's line is isolated and shows the control too.
    await page.evaluate(`window.__serialPush(${JSON.stringify([...Buffer.from(`I (9) wifi: joining ${evil} now\n`)])})`);
    const line = page.locator("#console-log span", { hasText: "joining" }).last();
    await line.waitFor({ state: "attached" });
    match(((await line.textContent()) ?? "").trim(), /I \(9\) wifi: joining evilU\+202Egnp\.exe now$/);
    equal(await line.locator("bdi .bidi-control").count(), 1);
    ok(!(await page.evaluate("document.body.innerText.includes('\\u202e')")), "no raw override anywhere on the page");
    equal(errors.join("\n"), "");
  });

  it("a provisioned security 1 device without Improv: the page says what to build it with for Improv, and why", async () => {
    const flash = flashFolder();
    try {
      const seeded = provisionOverConsole(flash, "myssid", "mypassword");
      const device: DeviceFactory = async (send) => {
        const sim = new SimulatorProcess(["securityVersion=1", "improv=false", "connectDelayMs=100"], send, flash);
        sims.push(sim);
        await sim.ready(/Connected with IP Address/);
        return sim;
      };
      const [{ page, errors }] = await Promise.all([openPage(browser, url, "bridge", device), seeded]);
      await page.locator("#connect").click();
      const message = await visibleText(page, "#connect-error", /improv=true/);
      match(message, /built with improv=true, or with security 0: Improv has no proof of possession, so a device protected by security 1 or 2 leaves it off\./);
      await shot(page, "improv-off-hint");
      equal(errors.join("\n"), "");
    } finally {
      for (const sim of sims.splice(0)) await sim.close();
      rmSync(flash, { recursive: true, force: true });
    }
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
