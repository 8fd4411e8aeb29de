// Preloaded (manifest.json), so it runs at build time, before the linker freezes the generated protobuf
// classes into flash: their prototype defaults become accessors the decoders can assign over.
import * as messages from "../../modules/proto/messages.js";
import { makeDefaultsOverridable } from "../../modules/protocomm/overridable-defaults.js";

makeDefaultsOverridable(messages as unknown as Record<string, unknown>);
