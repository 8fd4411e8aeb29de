// The byte-level stage in front of the console's line assembler: Improv frames go to the Improv service,
// every other byte to the console. Frames never reach the line buffer or its echo, whatever bytes (CR, LF,
// ">") they carry, and a console line typed around a frame is assembled as if the frame were not there.
import type { Clock } from "../ports.js";
import { FrameReader } from "./frame-reader.js";
import type { ImprovService } from "./service.js";

export class ImprovConsoleDemux {
  #reader: FrameReader;

  constructor(service: ImprovService, console: (bytes: Uint8Array) => void, clock: Clock) {
    this.#reader = new FrameReader({
      text: console,
      frame: (frame) => service.receive(frame),
      bad: (reason) => service.rejected(reason),
    }, { now: () => clock.now() });
  }

  receive(data: Uint8Array | string): void {
    this.#reader.push(data);
  }
}
