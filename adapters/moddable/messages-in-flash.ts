// Preloaded (manifest_provisioning.json), so it runs at build time, before the linker freezes the generated
// protobuf classes into flash: their prototype defaults become accessors the decoders can assign over.
import $protobuf from "protobufjs/minimal.js";
import * as messages from "../../modules/proto/messages.js";
import { makeDefaultsOverridable } from "../../modules/protocomm/overridable-defaults.js";

makeDefaultsOverridable(messages as unknown as Record<string, unknown>);

// protobufjs hands out each encoded message as a slice of an 8 KiB slab that its module keeps for good: on
// a device a tenth of the chunk heap, still held after provisioning ends (measured on the lin build, README
// Memory). One buffer of the exact size per message instead.
($protobuf.Writer as unknown as { alloc(size: number): Uint8Array }).alloc = (size) => new Uint8Array(size);
