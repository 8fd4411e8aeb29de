// The client's command line: esp_prov's options are read as esp_prov users type them, and mistakes are
// caught before anything is sent.
import { parseCli, UsageError, type CliOptions } from "../../host/provision/args.js";
import { deepEqual, equal, ok, throws } from "../support/assert.js";

function parsed(...argv: string[]): CliOptions {
  const options = parseCli(argv);
  ok(options !== "help");
  return options;
}

describe("provisioning client command line options", () => {
  it("takes esp_prov's command line as is (with --transport console)", () => {
    const o = parsed("--transport", "console", "--sec_ver", "2", "--sec2_username", "wifiprov", "--sec2_pwd", "abcd1234",
      "--ssid", "myssid", "--passphrase", "", "--custom_data", "hello", "--port", "/dev/ttyUSB0");
    deepEqual(o.link, { kind: "port", path: "/dev/ttyUSB0", baud: 115200 });
    equal(o.plan.secVer, 2);
    equal(o.plan.username, "wifiprov");
    equal(o.plan.password, "abcd1234");
    equal(o.plan.passphrase, "", "an explicitly empty passphrase is kept (an open network)");
    equal(o.plan.customData, "hello");
    equal(o.plan.pop, undefined, "no --pop: undefined, so the client asks when the device needs one");
    equal(o.eol, "\r");
  });

  it("timeouts in seconds; --paste waits for a person unless told otherwise", () => {
    equal(parsed("--port", "/dev/x").settings.timeoutMs, 10000);
    equal(parsed("--paste").settings.timeoutMs, 0);
    equal(parsed("--paste", "--timeout", "30").settings.timeoutMs, 30000);
    equal(parsed("--device", "cmd", "--poll_interval", "0.25").settings.pollIntervalMs, 250);
    equal(parsed("--device", "cmd", "--connect_timeout", "90").settings.connectTimeoutMs, 90000);
    equal(parsed("--device", "cmd", "--eol", "CRLF").eol, "\r\n");
  });

  it("refuses what cannot work, before anything is sent", () => {
    throws(() => parseCli(["--ssid", "x"]), /one of --port PATH, --device "COMMAND" or --paste/);
    throws(() => parseCli(["--port", "/dev/x", "--paste"]), /one of/);
    throws(() => parseCli(["--device", "cmd", "--sec_ver", "3"]), /--sec_ver takes 0, 1 or 2/);
    throws(() => parseCli(["--device", "cmd", "--baud", "9600"]), /--baud goes with --port/);
    throws(() => parseCli(["--port", "/dev/x", "--baud", "fast"]), /--baud takes a whole number/);
    throws(() => parseCli(["--device", "cmd", "--timeout", "soon"]), /--timeout takes a number of seconds/);
    throws(() => parseCli(["--device", "cmd", "--reset", "--reprov"]), /give one/);
    throws(() => parseCli(["--device", "cmd", "--transport", "ble"]), /only the console transport/);
    throws(() => parseCli(["--device", "cmd", "--eol", "nl"]), /--eol takes cr, lf or crlf/);
    throws(() => parseCli(["--device", "cmd", "--secver", "1"]), /Unknown option/);
    let error: unknown;
    try { parseCli(["--nope"]); } catch (e) { error = e; }
    ok(error instanceof UsageError);
  });

  it("--help", () => {
    equal(parseCli(["--help"]), "help");
  });
});
