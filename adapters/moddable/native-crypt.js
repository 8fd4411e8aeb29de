// The SDK's native crypto for the TypeScript adapters, typed by native-crypt.d.ts beside it (the SDK
// ships no typings for gcm, and its "crypt" typings declare only Digest).
export { Digest, BlockCipher, Mode } from "crypt";
export { default as GCM } from "gcm";
