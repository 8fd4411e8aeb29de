// adapters/moddable/native-crypto/native-crypto.js for the RV32 native runner: the same C functions
// (native_crypto_xs.c), which the runner installs as the global __nativeCrypto instead of binding them with
// XS's `@` syntax (a Moddable build's; esbuild does not parse it). tests/rv32/native/bundle.mjs substitutes
// this file for the adapter's.
const native = globalThis.__nativeCrypto;
export const { modExp, x25519, x25519Public, srpServerPublic, srpPremaster } = native;
