// --paste: for a console this program cannot reach. Each request is printed for a person to type into
// the device's serial monitor; they paste back what the device printed. The reply is picked out of the
// paste as from a serial port (echo, prompts and log lines may come along); an empty line on its own
// says the device printed no reply.
import { NoReplyError, ReplyPicker, type RequestTransport } from "../../client/index.js";
import { fromHex, toHex } from "../../modules/util/hex.js";
import type { Terminal } from "../provision/terminal.js";
import type { DeviceLink } from "./link.js";

export function openPasteLink(terminal: Terminal): DeviceLink {
  const out = terminal.output;
  let heard = false;
  const transport: RequestTransport = {
    async request(endpoint, sessionId, payload, timeoutMs) {
      const line = `${endpoint} ${sessionId} ${toHex(payload)}`;
      out.write(`\nClient->Device msg : ${line}\n`);
      // The rest of an earlier paste (the prompt after a reply, say) cannot answer this request.
      terminal.discardQueued();
      const picker = new ReplyPicker();
      picker.expect(line);
      const noReply = (reason: "timeout" | "refused" | "closed") =>
        new NoReplyError(endpoint, { reason, timeoutMs, heardAnything: heard, echoed: picker.echoed, garbled: false, deviceErrors: picker.deviceErrors });
      let timer: ReturnType<typeof setTimeout> | undefined;
      const deadline = timeoutMs > 0
        ? new Promise<never>((_, reject) => { timer = setTimeout(() => reject(noReply("timeout")), timeoutMs); })
        : undefined;
      try {
        let prompt = "Enter device->client msg : ";
        for (;;) {
          const next = terminal.nextLine(prompt);
          const pasted = await (deadline ? Promise.race([next, deadline]) : next);
          if (pasted === undefined) throw noReply("closed");
          // A blank line on its own, not one inside a longer paste, says "the device printed no reply".
          if (!pasted.trim() && terminal.queued === 0) throw noReply("refused");
          heard = true;
          const event = picker.push(pasted + "\n");
          if (event?.kind === "reply") return fromHex(event.hex)!;
          if (event?.kind === "refused") throw noReply("refused");
          // Lines of a multi-line paste arrive one by one; ask again only when none are left to read.
          prompt = terminal.queued > 0 ? "" : "Not a reply yet: paste the line of hex digits the device printed (an empty line if none) : ";
        }
      } finally {
        if (timer) clearTimeout(timer);
      }
    },
  };
  return { transport, close: async () => terminal.close() };
}
