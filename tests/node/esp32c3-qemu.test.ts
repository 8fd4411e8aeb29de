// tools/esp32c3-qemu builds the firmware for an emulated ESP32-C3 from fetched trees, which CI does not have
// (README, "The firmware on an emulated ESP32-C3"). What can be checked without them: its shell scripts parse,
// build.sh refuses to start without the trees' locations, nothing of this machine is baked in, and the
// README's table of emulated access points is the one the emulated driver has.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { deepEqual, equal, ok } from "../support/assert.js";

const TOOL = "tools/esp32c3-qemu";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe("tools/esp32c3-qemu: the emulated ESP32-C3's build (README, The firmware on an emulated ESP32-C3)", () => {
  it("its shell scripts parse", () => {
    for (const script of ["build.sh", "run.sh", "sessions.sh", "toolchain/riscv32-esp-elf.sh", "toolchain/idf.py"]) {
      const result = spawnSync("bash", ["-n", join(TOOL, script)], { encoding: "utf8" });
      equal(result.status, 0, `${script}: ${result.stderr}`);
    }
  });

  it("build.sh takes every fetched tree's location from the environment and refuses to start without it", () => {
    const env = { ...process.env, MIRRORS: "", MODDABLE: "" };
    const result = spawnSync("bash", [join(TOOL, "build.sh"), "qemu"], { env, encoding: "utf8" });
    equal(result.status, 1);
    ok(/set MIRRORS/.test(result.stderr), result.stderr);
  });

  it("bakes in no path of the machine it was written on", () => {
    for (const path of files(TOOL)) ok(!/\/(work|root|home)\//.test(readFileSync(path, "utf8")), path);
  });

  it("the README's emulated access points are the driver's", () => {
    const driver = readFileSync(join(TOOL, "wifi-emu/emu_wifi.c"), "utf8");
    const inDriver = [...driver.matchAll(/\{ "([^"]+)", "([^"]*)", (\d+), (-\d+), WIFI_AUTH_/g)]
      .map(([, ssid, passphrase, channel, rssi]) => [ssid, passphrase, channel, rssi]);
    const readme = readFileSync("README.md", "utf8");
    const section = readme.slice(readme.indexOf("### Wi-Fi in the emulator"));
    const inReadme = [...section.matchAll(/^\| `([^`]+)` \| (?:`([^`]*)`|\(open\)) \| (\d+) \| (-\d+) \|/gm)]
      .map(([, ssid, passphrase, channel, rssi]) => [ssid, passphrase ?? "", channel, rssi]);
    equal(inDriver.length, 3);
    deepEqual(inReadme, inDriver);
  });
});
