// The firmware's native crypto (adapters/moddable/native-crypto/native_crypto.c) built by the host's
// cc against Debian's libmbedtls-dev, as the lin build links it, and checked through the line-driven
// front end in tests/native: RFC 7748's X25519 vectors, modular exponentiation against BigInt, and the
// recorded sessions' keys. The XS glue around it is exercised on Moddable's lin build (tests/moddable).
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { G, N } from "../../modules/srp/group.js";
import { equal, ok } from "../support/assert.js";

const SOURCE = "adapters/moddable/native-crypto";
const NC_ERR_ARGUMENT = "error -1 invalid argument";
const NC_ERR_LOW_ORDER = "error -4 peer public key refused (low order)";

let dir = "";
let binary = "";

/** Sends one request a line; returns one answer a line. */
function ask(...requests: string[]): string[] {
  const run = spawnSync(binary, { input: requests.join("\n") + "\n", encoding: "utf8", timeout: 60000 });
  equal(run.status, 0, `native-crypto-cli exited with ${run.status}: ${run.stderr}`);
  const answers = run.stdout.trim().split("\n");
  equal(answers.length, requests.length, "one answer per request");
  return answers;
}

const hex = (value: bigint, bytes?: number): string => {
  const digits = value.toString(16);
  const padded = digits.length % 2 ? "0" + digits : digits;
  return bytes === undefined ? padded : padded.padStart(bytes * 2, "0");
};
const byteLength = (value: bigint): number => Math.max(1, Math.ceil(value.toString(16).length / 2));

/** The reference: plain square-and-multiply over BigInt. */
function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n % modulus;
  base %= modulus;
  for (let e = exponent; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * base) % modulus;
    base = (base * base) % modulus;
  }
  return result;
}

/** A seeded generator (xorshift32), so every run checks the same numbers. */
function randomBigInt(state: { seed: number }, bytes: number): bigint {
  let value = 0n;
  for (let i = 0; i < bytes; i++) {
    state.seed ^= state.seed << 13; state.seed ^= state.seed >>> 17; state.seed ^= state.seed << 5;
    value = (value << 8n) | BigInt(state.seed & 0xff);
  }
  return value;
}

function modexp(base: bigint, exponent: bigint, modulus: bigint): string {
  return `modexp ${hex(base)} ${exponent === 0n ? "-" : hex(exponent)} ${hex(modulus)}`;
}

interface VectorFile {
  name: string;
  device_config: Record<string, any>;
  device_secrets: Record<string, string>;
  client_secrets: Record<string, string>;
  derived: Record<string, string>;
}
const vectors: VectorFile[] = readdirSync("tests/vectors/data").filter((f) => f.endsWith(".json"))
  .map((f) => JSON.parse(readFileSync(join("tests/vectors/data", f), "utf8")));

describe("native crypto in C over mbedTLS (host build against libmbedtls-dev)", function () {
  this.timeout(120000);

  before(() => {
    dir = mkdtempSync(join(tmpdir(), "native-crypto-"));
    binary = join(dir, "native-crypto-cli");
    try {
      execFileSync("cc", ["-O2", "-Wall", "-Wextra", "-I", SOURCE, "-o", binary, "tests/native/native-crypto-cli.c", `${SOURCE}/native_crypto.c`, "-lmbedcrypto"], { stdio: "pipe" });
    } catch (error) {
      const stderr = String((error as { stderr?: Buffer }).stderr ?? error);
      throw new Error(`cc could not build the native crypto (apt-get install gcc libmbedtls-dev): ${stderr}`);
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("X25519: RFC 7748 section 5.2's two vectors, the second with u's top bit set", () => {
    const answers = ask(
      "x25519 a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4 e6db6867583030db3594c1a424b15f7c726624ec26b3353b10a903a6d0ab1c4c",
      "x25519 4b66e9d4d1b4673c5ad22691957d6af5c11b6421e0ea01d42ca4169e7918ba0d e5210f12786811d3f4b7959d0538ae2c31dbe7106fc03c3efc4cd549c715a493",
    );
    equal(answers[0], "ok c3da55379de9c6908e94ea4df28d084f32eccf03491c71f754b4075577a28552");
    equal(answers[1], "ok 95cbde9476e8907d7aade45cb4b873f88b595a68799fa152e6f8f7647aac7957");
  });

  it("X25519: RFC 7748 section 5.2's iterations, after 1 and after 1,000", () => {
    const answers = ask("x25519-iterate 1", "x25519-iterate 1000");
    equal(answers[0], "ok 422c8e7a6227d7bca1350b3e2bb7279f7897b87bb6854b783c60e80311ae3079");
    equal(answers[1], "ok 684cf59ba83309552800ef566f2f4d3c1c3887c49360e3875f2eb94d99532c51");
  });

  it("X25519: RFC 7748 section 6.1's Diffie-Hellman, both public keys and the shared secret both ways", () => {
    const alice = "77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a";
    const bob = "5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb";
    const alicePublic = "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a";
    const bobPublic = "de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f";
    const shared = "ok 4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742";
    const answers = ask(`x25519-public ${alice}`, `x25519-public ${bob}`, `x25519 ${alice} ${bobPublic}`, `x25519 ${bob} ${alicePublic}`);
    equal(answers[0], `ok ${alicePublic}`);
    equal(answers[1], `ok ${bobPublic}`);
    equal(answers[2], shared);
    equal(answers[3], shared);
  });

  it("X25519: a low-order peer key (0, 1, the order-8 points) is refused, never an all-zero secret", () => {
    const scalar = "a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4";
    const lowOrder = [
      "0000000000000000000000000000000000000000000000000000000000000000",
      "0100000000000000000000000000000000000000000000000000000000000000",
      "e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800",
      "5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157",
    ];
    for (const answer of ask(...lowOrder.map((u) => `x25519 ${scalar} ${u}`))) equal(answer, NC_ERR_LOW_ORDER);
  });

  it("X25519: every recorded security 1 session's device public key and shared secret", () => {
    const sec1 = vectors.filter((v) => v.device_secrets.sec1_device_private_key_hex);
    ok(sec1.length >= 8, `${sec1.length} security 1 vectors`);
    const requests = sec1.flatMap((v) => [
      `x25519-public ${v.device_secrets.sec1_device_private_key_hex}`,
      `x25519 ${v.device_secrets.sec1_device_private_key_hex} ${v.client_secrets.sec1_client_public_key_hex}`,
    ]);
    const answers = ask(...requests);
    sec1.forEach((v, i) => {
      equal(answers[2 * i], `ok ${v.derived.sec1_device_public_key_hex}`, `${v.name} device public key`);
      equal(answers[2 * i + 1], `ok ${v.derived.sec1_shared_secret_hex}`, `${v.name} shared secret`);
    });
  });

  it("modular exponentiation matches BigInt for odd moduli of 1 to 512 bytes, bases above the modulus, exponents of 0 to 512 bytes", () => {
    const state = { seed: 0x12c0ffee };
    const cases: [bigint, bigint, bigint][] = [];
    for (let i = 0; i < 60; i++) {
      const modulusBytes = 1 + (i * 37) % 512;
      const modulus = randomBigInt(state, modulusBytes) | 1n | (i % 3 ? 1n << BigInt(8 * modulusBytes - 1) : 0n);
      if (modulus <= 1n) continue;
      const base = randomBigInt(state, 1 + (i * 53) % 512); // often wider than the modulus
      const exponent = i % 10 === 0 ? 0n : randomBigInt(state, i % 7 === 0 ? 512 : 1 + (i * 11) % 48);
      cases.push([base, exponent, modulus]);
    }
    cases.push([0n, 5n, 7n], [7n, 3n, 7n], [N - 1n, 2n, N], [G, N - 1n, N]);
    const answers = ask(...cases.map(([b, e, m]) => modexp(b, e, m)));
    cases.forEach(([b, e, m], i) => equal(answers[i], `ok ${hex(modPow(b, e, m), byteLength(m))}`, `case ${i}: ${hex(b).length / 2}-byte base, ${hex(e).length / 2}-byte exponent, ${byteLength(m)}-byte modulus`));
  });

  it("modular exponentiation refuses an even, zero or one modulus and operands over 512 bytes", () => {
    const big = "ff".repeat(513);
    const answers = ask("modexp 02 03 0c", "modexp 02 03 00", "modexp 02 03 01", "modexp 02 03 -", `modexp ${big} 03 0b`, `modexp 02 ${big} 0b`, `modexp 02 03 ${"fd".repeat(513)}`);
    for (const answer of answers) equal(answer, NC_ERR_ARGUMENT);
  });

  it("security 2: every recorded session's B and premaster secret S through nc_srp_server_public and nc_srp_premaster", () => {
    const sec2 = vectors.filter((v) => v.device_secrets.sec2_b_hex);
    equal(sec2.length, 2, "the patch 0 and patch 1 sessions");
    for (const v of sec2) {
      const b = v.device_secrets.sec2_b_hex, verifier = v.device_config.sec2_verifier_hex;
      const [B, S] = ask(
        `srp-public ${hex(G)} ${v.derived.sec2_k_hex} ${verifier} ${b} ${hex(N)}`,
        `srp-premaster ${v.client_secrets.sec2_A_hex} ${verifier} ${v.derived.sec2_u_hex} ${b} ${hex(N)}`,
      );
      equal(B, `ok ${v.derived.sec2_B_hex.padStart(768, "0")}`, `${v.name} B`);
      equal(S, `ok ${v.derived.sec2_S_hex.padStart(768, "0")}`, `${v.name} premaster secret S`);
    }
  });

  it("SRP server arithmetic matches BigInt for random operands (unreduced A and v, k·v + g^b wrapping past N)", () => {
    const state = { seed: 0x5eed5eed };
    const requests: string[] = [], expected: string[] = [];
    for (let i = 0; i < 12; i++) {
      const A = randomBigInt(state, i % 3 ? 384 : 390) || 1n, v = randomBigInt(state, i % 4 ? 384 : 400);
      const k = randomBigInt(state, 64), u = randomBigInt(state, 64), b = randomBigInt(state, 32);
      if (A % N === 0n) continue;
      requests.push(`srp-public ${hex(G)} ${hex(k)} ${hex(v)} ${hex(b)} ${hex(N)}`, `srp-premaster ${hex(A)} ${hex(v)} ${hex(u)} ${hex(b)} ${hex(N)}`);
      expected.push(`ok ${hex(((k * (v % N)) % N + modPow(G, b, N)) % N, 384)}`, `ok ${hex(modPow((A * modPow(v, u, N)) % N, b, N), 384)}`);
    }
    // A modulus whose k·v + g^b exceeds it, so the one conditional subtraction is exercised.
    requests.push("srp-public 02 0a 03 03 0b", "srp-premaster 05 03 02 03 0b");
    expected.push(`ok ${hex((10n * 3n + 8n) % 11n, 1)}`, `ok ${hex(modPow((5n * 9n) % 11n, 3n, 11n), 1)}`);
    const answers = ask(...requests);
    answers.forEach((answer, i) => equal(answer, expected[i], requests[i].split(" ")[0] + ` case ${i >> 1}`));
  });

  it("SRP server arithmetic refuses A ≡ 0 mod N (0, N, 2N), an even or zero modulus and operands over 512 bytes", () => {
    const v = hex(N - 12345n), u = "77".repeat(64), b = "55".repeat(32), big = "ff".repeat(513);
    const answers = ask(
      `srp-premaster - ${v} ${u} ${b} ${hex(N)}`,
      `srp-premaster ${hex(N)} ${v} ${u} ${b} ${hex(N)}`,
      `srp-premaster ${hex(2n * N)} ${v} ${u} ${b} ${hex(N)}`,
      `srp-premaster 05 ${v} ${u} ${b} 0c`,
      `srp-public 05 03 ${v} ${b} -`,
      `srp-public 05 03 ${v} ${big} ${hex(N)}`,
      `srp-premaster ${big} ${v} ${u} ${b} ${hex(N)}`,
    );
    for (const answer of answers.slice(0, 3)) equal(answer, "error -5 peer public key refused (0 mod N)");
    for (const answer of answers.slice(3)) equal(answer, NC_ERR_ARGUMENT);
  });
});
