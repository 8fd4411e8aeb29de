// Talks to xsnap-worker directly: netstring commands on fd 3, replies on fd 4 (see ../shared notes in
// the README). Every "!" reply is an error. The last command's reply is returned as text.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve("@agoric/xsnap/package.json"));
export const XSNAP_WORKER = join(packageDir, "xsnap-native/xsnap/build/bin/lin/release/xsnap-worker");

function netstring(text) {
  const body = Buffer.from(text, "utf8");
  return Buffer.concat([Buffer.from(`${body.length}:`), body, Buffer.from(",")]);
}

/** Evaluates each script in order, then `resultExpression`, which must give a string. */
export function runInXs(scripts, resultExpression, { onStdout = (t) => process.stdout.write(t) } = {}) {
  return new Promise((resolvePromise) => {
    const child = spawn(XSNAP_WORKER, [], { stdio: ["ignore", "pipe", "pipe", "pipe", "pipe"] });
    const commands = [...scripts.map((s) => "e" + s), `e(()=>{const t=${resultExpression};const b=new TextEncoder().encode(t);return b.buffer})()`, "q"];
    let buffer = Buffer.alloc(0), replies = 0, settled = false, stderr = "";
    const finish = (value) => { if (!settled) { settled = true; resolvePromise(value); } };
    const send = () => child.stdio[3].write(netstring(commands[replies]));
    child.stdout.on("data", (d) => onStdout(d.toString()));
    child.stderr.on("data", (d) => { stderr += d; });
    child.stdio[4].on("data", (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const colon = buffer.indexOf(":");
        if (colon < 0) return;
        const length = Number(buffer.subarray(0, colon).toString());
        if (buffer.length < colon + 1 + length + 1) return;
        const reply = buffer.subarray(colon + 1, colon + 1 + length);
        buffer = buffer.subarray(colon + 2 + length);
        replies++;
        if (reply[0] === 0x21 /* ! */) {
          finish({ error: reply.subarray(1).toString() });
          child.kill();
          return;
        }
        if (replies === commands.length - 1) {
          const separator = reply.indexOf(1);
          const meter = separator > 0 ? JSON.parse(reply.subarray(1, separator).toString()) : {};
          finish({ result: reply.subarray(separator + 1).toString(), meter });
        }
        send();
      }
    });
    child.on("exit", (code, signal) => finish({ error: `xsnap-worker exited (${signal ?? code}) ${stderr}` }));
    send();
  });
}
