// adapters/moddable/native-crypt.js for the RV32 native runner: the Moddable SDK's crypt and gcm modules
// are not in the npm tree, so SHA-2 and AES come from the Mbed TLS the runner links (native_rv32.c's
// __rv32Crypt), shaped as the classes the adapter uses: the state in C, one call per write, as crypt's.
const crypt = globalThis.__rv32Crypt;

export class Digest {
  #digest;
  constructor(type) {
    if (type !== "SHA256" && type !== "SHA512") throw new RangeError(`unsupported digest ${type}`);
    this.#digest = crypt.digestNew(type === "SHA512" ? 512 : 256);
  }
  write(data) {
    crypt.digestWrite(this.#digest, data);
  }
  close() {
    return crypt.digestClose(this.#digest);
  }
}

export class BlockCipher {
  constructor(cipher, key) {
    if (cipher !== "AES") throw new RangeError(`unsupported cipher ${cipher}`);
    this.key = key;
  }
}

export class Mode {
  #ctr;
  constructor(mode, cipher, iv) {
    if (mode !== "CTR") throw new RangeError(`unsupported mode ${mode}`);
    this.#ctr = crypt.ctrNew(cipher.key, iv);
  }
  encrypt(data) {
    return crypt.ctrProcess(this.#ctr, data);
  }
}

export class GCM {
  #key;
  constructor(cipher, tagLength = 16) {
    if (tagLength !== 16) throw new RangeError("GCM: 16-byte tags only");
    this.#key = cipher.key;
  }
  process(data, buffer, iv, aad, encrypt) {
    return crypt.gcm(this.#key, iv, data, encrypt);
  }
}
