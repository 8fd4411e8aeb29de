// The person at the terminal: questions (hidden for secrets), a network chosen from a table, and
// pasted lines for --paste. One readline on stdin serves all of them. Without a terminal there is
// nobody to ask: the prompts are left out and the client names the option to pass instead.
import { createInterface, type Interface } from "node:readline";
import { Writable } from "node:stream";
import { authModeName, type AccessPoint, type Prompts } from "../../client/index.js";
import { escapeForLog } from "../../modules/log/escape.js";

export class Terminal {
  #rl: Interface | undefined;
  #muted = false;
  #lines: string[] = [];
  #waiting: ((line: string | undefined) => void)[] = [];
  #ended = false;
  readonly interactive: boolean;

  constructor(readonly input: NodeJS.ReadableStream & { isTTY?: boolean }, readonly output: NodeJS.WritableStream & { isTTY?: boolean }) {
    this.interactive = input.isTTY === true;
  }

  #open(): Interface {
    if (this.#rl) return this.#rl;
    // Echo goes through this stream so a secret can be typed without showing it.
    const echo = new Writable({
      write: (chunk, _encoding, done) => {
        if (!this.#muted) this.output.write(chunk);
        done();
      },
    });
    // Readline in terminal mode edits lines itself (raw mode), so no 4095-character canonical limit.
    const rl = createInterface({ input: this.input, output: echo, terminal: this.interactive });
    // Readline redraws its prompt on some keys: it must be the question being asked, never its "> ".
    rl.setPrompt("");
    // In raw mode Ctrl-C reaches readline, not the process: stop as the terminal would have.
    rl.on("SIGINT", () => {
      this.output.write("^C\n");
      process.exit(130);
    });
    rl.on("line", (line) => {
      const waiter = this.#waiting.shift();
      if (waiter) waiter(line);
      else this.#lines.push(line);
    });
    rl.on("close", () => {
      this.#ended = true;
      for (const waiter of this.#waiting.splice(0)) waiter(undefined);
    });
    this.#rl = rl;
    return rl;
  }

  /** Lines already typed or pasted and not yet read. */
  get queued(): number {
    return this.#lines.length;
  }

  /** Forgets lines typed or pasted so far (they answer nothing asked after them). */
  discardQueued(): void {
    this.#lines.length = 0;
  }

  /** The next line typed or pasted; undefined at the end of input (Ctrl-D). */
  nextLine(prompt = ""): Promise<string | undefined> {
    const rl = this.#open();
    rl.setPrompt(prompt);
    if (prompt) rl.prompt(true);
    const queued = this.#lines.shift();
    if (queued !== undefined) return Promise.resolve(queued);
    if (this.#ended) return Promise.resolve(undefined);
    rl.resume();
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  async #ask(question: string, hidden: boolean): Promise<string> {
    const answer = this.nextLine(question);
    // Muted only now, after the question went out: what is typed next is not echoed.
    this.#muted = hidden;
    try {
      const line = await answer;
      if (line === undefined) throw new Error("no answer: the input ended");
      return line;
    } finally {
      this.#muted = false;
      if (hidden) this.output.write("\n");
    }
  }

  /** Prompts for the client, or none when nobody is at a terminal. */
  prompts(): Prompts {
    if (!this.interactive) return {};
    return {
      secret: (question) => this.#ask(question, true),
      text: (question) => this.#ask(question, false),
      chooseNetwork: (networks) => this.#choose(networks),
    };
  }

  async #choose(networks: AccessPoint[]): Promise<number | "rescan"> {
    this.output.write(networkTable(networks) + "\n");
    for (;;) {
      const answer = (await this.#ask("Select AP by number (0 to rescan) : ", false)).trim();
      const n = Number(answer);
      if (answer === "0") return "rescan";
      if (/^\d+$/.test(answer) && n >= 1 && n <= networks.length) return n - 1;
      this.output.write(`Please answer a number from 0 to ${networks.length}.\n`);
    }
  }

  close(): void {
    this.#rl?.close();
  }
}

/** The scan results as esp_prov prints them. */
export function networkTable(networks: AccessPoint[]): string {
  const rows = networks.map((n, i) =>
    `[${String(i + 1).padStart(2)}] ${escapeForLog(n.ssid).padEnd(33)} ${n.bssid.padEnd(12)}  ${String(n.channel).padStart(3)} ${String(n.rssi).padEnd(4)} ${authModeName(n.auth)}`);
  return ["S.N. SSID                              BSSID         CHN RSSI AUTH", ...rows].join("\n");
}
