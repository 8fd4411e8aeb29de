// The scan table holds at most its capacity however many networks a scan hears, and keeps exactly the
// strongest reading of the strongest access points, strongest first.
import type { ScannedAccessPoint } from "../../modules/ports.js";
import { ScanTable } from "../../modules/provisioning/wifi-scan-table.js";
import { utf8Decode, utf8Encode } from "../../modules/util/utf8.js";
import { deepEqual, equal, throws } from "../support/assert.js";

function ap(ssid: string, rssi: number, bssid: number[] = [], channel = 6, authMode = 3): ScannedAccessPoint {
  return { ssid: utf8Encode(ssid), bssid: new Uint8Array(bssid), channel, rssi, authMode };
}

const show = (table: ScanTable) => Array.from({ length: table.count }, (_, i) => {
  const e = table.entry(i);
  return `${utf8Decode(e.ssid)}/${Array.from(e.bssid).join(":")}@${e.channel}/${e.rssi}/${e.authMode}`;
});

/** A small deterministic generator (xorshift), so the test is the same on Node and XS. */
function random(seed: number): () => number {
  let x = seed;
  return () => {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

describe("scan table", () => {
  it("keeps 16: the strongest reading of the strongest access points, strongest first", () => {
    const next = random(12345);
    // 60 access points (some known by BSSID, some by name and channel only), 127 readings with distinct RSSIs.
    const rssis = Array.from({ length: 127 }, (_, i) => -1 - i);
    for (let i = rssis.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [rssis[i], rssis[j]] = [rssis[j], rssis[i]];
    }
    const table = new ScanTable(16);
    const best = new Map<string, ScannedAccessPoint>();
    for (const rssi of rssis) {
      const n = Math.floor(next() * 60);
      const heard = n < 30 ? ap(`net${n}`, rssi, [2, 0, 0, 0, 0, n], 1 + (n % 13)) : ap(`open${n}`, rssi, [], 1 + (n % 13), 0);
      table.add(heard);
      equal(table.count <= 16, true);
      const kept = best.get(`${n}`);
      if (!kept || heard.rssi > kept.rssi) best.set(`${n}`, heard);
    }
    const expected = [...best.values()].sort((a, b) => b.rssi - a.rssi).slice(0, 16)
      .map((a) => `${utf8Decode(a.ssid)}/${Array.from(a.bssid).join(":")}@${a.channel}/${a.rssi}/${a.authMode}`);
    deepEqual(show(table), expected);
  });

  it("hearing 1000 different networks still holds 16, the strongest and the first heard of the rest", () => {
    const table = new ScanTable(16);
    for (let i = 0; i < 1000; i++) table.add(ap(`n${i}`, i === 700 ? -20 : -90, [1, 0, 0, 0, i >> 8, i & 255]));
    equal(table.count, 16);
    deepEqual(show(table).map((e) => e.split("/")[0]), ["n700", ...Array.from({ length: 15 }, (_, i) => `n${i}`)]);
  });

  it("one entry per BSSID, or per name and channel without one; a weaker repeat changes nothing", () => {
    const table = new ScanTable(16);
    table.add(ap("home", -60, [1, 2, 3, 4, 5, 6]));
    table.add(ap("home-renamed", -40, [1, 2, 3, 4, 5, 6]));
    table.add(ap("home", -30, [1, 2, 3, 4, 5, 7]));
    table.add(ap("cafe", -50, [], 6));
    table.add(ap("cafe", -55, [], 6));
    table.add(ap("cafe", -70, [], 11));
    deepEqual(show(table), ["home/1:2:3:4:5:7@6/-30/3", "home-renamed/1:2:3:4:5:6@6/-40/3", "cafe/@6/-50/3", "cafe/@11/-70/3"]);
  });

  it("leaves out hidden networks, cuts SSIDs at 32 bytes, maps unknown auth modes to WPA2 and clamps odd numbers", () => {
    const table = new ScanTable(4);
    table.add(ap("", -10, [9, 9, 9, 9, 9, 9]));
    table.add(ap("x".repeat(40), -20, [], 300, 12));
    table.add(ap("far", -400, [], Number.NaN, -1));
    deepEqual(show(table), [`${"x".repeat(32)}/@255/-20/3`, "far/@0/-128/3"]);
  });

  it("equal strength keeps the order the networks were first heard; entries are copies", () => {
    const table = new ScanTable(2);
    table.add(ap("a", -50));
    table.add(ap("b", -50, [], 1));
    table.add(ap("c", -50, [], 2));
    deepEqual(show(table), ["a/@6/-50/3", "b/@1/-50/3"]);
    table.entry(0).ssid.fill(0);
    equal(utf8Decode(table.entry(0).ssid), "a");
    throws(() => table.entry(2), /no scan result 2/);
    table.clear();
    equal(table.count, 0);
  });
});
