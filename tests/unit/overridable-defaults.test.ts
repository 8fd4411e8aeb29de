// Generated protobuf classes frozen as Moddable's preload leaves them: with their prototype defaults made
// accessors, decoding (assigning fields) works and reads exactly as on the unfrozen classes.
import { makeDefaultsOverridable } from "../../modules/protocomm/overridable-defaults.js";
import { deepEqual, equal, ok, throws } from "../support/assert.js";

/** A class shaped as pbjs's static-module output: defaults on the prototype, a oneof accessor, statics. */
function generatedClass(): { Message: any; exported: Record<string, unknown> } {
  const Message = function (this: any, properties?: Record<string, unknown>) {
    if (properties)
      for (const key of Object.keys(properties))
        if (properties[key] != null) this[key] = properties[key];
  } as any;
  Message.prototype.msg = 0;
  Message.prototype.status = 0;
  Message.prototype.cmd = null;
  Message.prototype.entries = Object.freeze([]);
  Object.defineProperty(Message.prototype, "payload", {
    get(this: any) { return this.cmd != null ? "cmd" : undefined; },
    set(this: any, name: string) { if (name !== "cmd") delete this.cmd; },
  });
  Message.prototype.toJSON = function () { return { msg: this.msg }; };
  Message.encode = () => new Uint8Array(0);
  const Enum = Object.freeze({ A: 0, B: 1 });
  return { Message, exported: { Message, Enum, VERSION: "1" } };
}

/** What a decoder does to a message, and what the handlers then read from it. */
function decodeLike(Message: any): unknown {
  "use strict"; // as the generated module is on a device (the test bundles may not keep module strictness)
  const message = new Message();
  message.msg = 3;
  message.status = 5;
  delete message.status; // a field decoded as its default is deleted, not stored
  message.cmd = { blocking: true };
  message.payload = "cmd";
  (message.entries = [] as number[]).push(1, 2);
  return {
    msg: message.msg, status: message.status, cmd: message.cmd, entries: message.entries, payload: message.payload,
    own: Object.keys(message).sort(), hasStatus: Object.prototype.hasOwnProperty.call(message, "status"),
    fresh: [new Message().msg, new Message().entries.length, new Message().cmd],
    constructed: Object.keys(new Message({ msg: 2, status: undefined })), json: message.toJSON(),
  };
}

describe("generated message defaults made overridable", () => {
  it("a frozen class whose defaults are plain values cannot decode: assignment throws", () => {
    const { Message } = generatedClass();
    Object.freeze(Message.prototype);
    throws(() => decodeLike(Message), /read only|not writable/);
  });

  it("frozen after the change, the class decodes and reads as the unchanged, unfrozen one", () => {
    const reference = decodeLike(generatedClass().Message);
    const { Message, exported } = generatedClass();
    equal(makeDefaultsOverridable(exported), 4, "msg, status, cmd and entries; not the accessor, method or statics");
    Object.freeze(Message.prototype);
    Object.freeze(Message);
    deepEqual(decodeLike(Message), reference);
    ok(Object.keys(Message.prototype).includes("msg"), "defaults stay enumerable, as generated");
  });

  it("changes nothing a second time", () => {
    const { exported } = generatedClass();
    makeDefaultsOverridable(exported);
    equal(makeDefaultsOverridable(exported), 0);
  });
});
