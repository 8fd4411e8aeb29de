// The board's identity in proto-ver: what the firmware puts there (boardAppInfo, in the reply's cJSON layout)
// is what the batch client reads back, and replies without it (ESP-IDF's own firmware) give no MAC.
import { readBoardIdentity } from "../../client/board-identity.js";
import { boardAppInfo, normalizeMac, versionJson } from "../../modules/protocomm/version.js";
import { deepEqual, equal } from "../support/assert.js";

const info = (apps: Record<string, ReturnType<typeof boardAppInfo>>) =>
  versionJson({ securityVersion: 2, securityPatchVersion: 1, capabilities: ["wifi_prov", "wifi_scan"], apps });

describe("board identity in proto-ver", () => {
  it("normalizes the ways a MAC is written, and refuses what is not one", () => {
    for (const text of ["A4:D1:8C:DB:C0:20", "a4-d1-8c-db-c0-20", "a4d18cdbc020", " a4:d1:8c:db:c0:20 "]) equal(normalizeMac(text), "a4:d1:8c:db:c0:20");
    for (const text of ["a4:d1:8c:db:c0", "a4:d1:8c:db:c0:2g", "", "a4:d1:8c:db:c0:20:00"]) equal(normalizeMac(text), undefined);
  });

  it("the firmware's entry is read back: MAC, firmware name and version, security version", () => {
    const json = info({ "esp-console-prov": boardAppInfo("0.1.0", "24:0A:C4:12:34:56") });
    equal(JSON.parse(json)["esp-console-prov"].cap[0], "mac:24:0a:c4:12:34:56");
    deepEqual(readBoardIdentity(json), { securityVersion: 2, firmware: "esp-console-prov", firmwareVersion: "0.1.0", mac: "24:0a:c4:12:34:56" });
  });

  it("the entry with the MAC wins over other app entries; without a MAC the first entry names the firmware", () => {
    const json = info({ other: { ver: "9", cap: ["x"] }, fw: boardAppInfo("2.0", "02:00:00:00:00:07") });
    deepEqual(readBoardIdentity(json), { securityVersion: 2, firmware: "fw", firmwareVersion: "2.0", mac: "02:00:00:00:00:07" });
    deepEqual(readBoardIdentity(info({ fw: boardAppInfo("2.0") })), { securityVersion: 2, firmware: "fw", firmwareVersion: "2.0" });
  });

  it("a reply without app entries, or not JSON at all, names no board", () => {
    deepEqual(readBoardIdentity(info({})), { securityVersion: 2 });
    deepEqual(readBoardIdentity("SUCCESS"), {});
    deepEqual(readBoardIdentity("v1.1"), {});
    deepEqual(readBoardIdentity('{"prov":1,"a":{"cap":["mac:zz"]}}'), { firmware: "a", firmwareVersion: undefined });
  });
});
