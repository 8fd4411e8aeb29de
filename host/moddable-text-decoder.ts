// Injected into the firmware's protobufjs bundle (host/moddable-vendor.mjs): protobufjs decodes long
// strings with the global TextDecoder, which a Moddable device build does not have.
import { utf8Decode } from "../modules/util/utf8.js";

export class TextDecoder {
  decode(bytes: Uint8Array): string {
    return utf8Decode(bytes);
  }
}
