// Talks to xsnap-worker directly: netstring commands on fd 3, replies on fd 4. A reply is
// ".<meter json>\x01<data>" on success or "!<error>" after an exception. Promise jobs are drained
// before each reply, so one command can run a whole async test.
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

/** A running XS machine. evaluate() resolves with { result, meter } or rejects with the XS error. */
export class XsWorker {
  #child;
  #buffer = Buffer.alloc(0);
  #waiting = [];
  #exited;

  constructor({ onStdout = (text) => process.stdout.write(text) } = {}) {
    this.#child = spawn(XSNAP_WORKER, [], { stdio: ["ignore", "pipe", "pipe", "pipe", "pipe"] });
    let stderr = "";
    this.#child.stdout.on("data", (d) => onStdout(d.toString()));
    this.#child.stderr.on("data", (d) => { stderr += d; });
    this.#child.stdio[4].on("data", (chunk) => this.#receive(chunk));
    this.#child.on("exit", (code, signal) => {
      this.#exited = new Error(`xsnap-worker exited (${signal ?? code}) ${stderr}`);
      for (const w of this.#waiting.splice(0)) w.reject(this.#exited);
    });
  }

  /** Evaluates source; the value of its last expression, if a string, comes back as result. */
  evaluate(source) {
    if (this.#exited) return Promise.reject(this.#exited);
    const wrapped = `(()=>{const v=(0,eval)(${JSON.stringify(source)});` +
      `return typeof v==="string"?new TextEncoder().encode(v).buffer:undefined})()`;
    return new Promise((resolve, reject) => {
      this.#waiting.push({ resolve, reject });
      this.#child.stdio[3].write(netstring("e" + wrapped));
    });
  }

  close() {
    this.#child.stdio[3].end(netstring("q"));
  }

  #receive(chunk) {
    this.#buffer = Buffer.concat([this.#buffer, chunk]);
    for (;;) {
      const colon = this.#buffer.indexOf(":");
      if (colon < 0) return;
      const length = Number(this.#buffer.subarray(0, colon).toString());
      if (this.#buffer.length < colon + 2 + length) return;
      const reply = this.#buffer.subarray(colon + 1, colon + 1 + length);
      this.#buffer = this.#buffer.subarray(colon + 2 + length);
      const waiter = this.#waiting.shift();
      if (!waiter) continue;
      if (reply[0] === 0x21 /* ! */) {
        waiter.reject(new Error(reply.subarray(1).toString()));
        continue;
      }
      const separator = reply.indexOf(1);
      const meter = separator > 0 ? JSON.parse(reply.subarray(1, separator).toString()) : {};
      waiter.resolve({ result: reply.subarray(separator + 1).toString(), meter });
    }
  }
}
