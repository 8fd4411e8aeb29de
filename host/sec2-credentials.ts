// Makes a security 2 salt and verifier for a username and password, in the form the device config takes:
//   npm run sec2-credentials -- --username wifiprov --password abcd1234 [--salt HEX]
// The device stores only these; the password stays with whoever provisions it. Same result as
// `esp_prov.py --sec2_gen_cred` for the same salt.
import { randomFillSync } from "node:crypto";
import { parseArgs } from "node:util";
import { nobleCrypto } from "../modules/crypto/noble.js";
import { BigIntArithmetic } from "../modules/srp/arithmetic.js";
import { N } from "../modules/srp/group.js";
import { sec2CredentialProblem } from "../modules/srp/credentials.js";
import { makeVerifier } from "../modules/srp/srp-client.js";
import { fromHex, toHex } from "../modules/util/hex.js";
import { utf8Encode } from "../modules/util/utf8.js";

const SALT_LENGTH = 16;

function fail(message: string): never {
  console.error(`sec2-credentials: ${message}\nusage: npm run sec2-credentials -- --username NAME --password PASSWORD [--salt HEX]`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({ options: { username: { type: "string" }, password: { type: "string" }, salt: { type: "string" } } }));
} catch (error) {
  fail((error as Error).message);
}
const { username, password } = values;
if (!username) fail("--username is required");
if (password === undefined) fail("--password is required");

let salt: Uint8Array;
if (values.salt !== undefined) {
  const given = fromHex(values.salt);
  if (!given || given.length < 8) fail("--salt must be at least 8 bytes of hex");
  if (given[0] === 0) fail("--salt must not start with a zero byte (esp_prov hashes it without that byte)");
  salt = given;
} else {
  // esp_prov hashes the salt as a minimal big-endian number: a leading zero byte would break M.
  salt = new Uint8Array(SALT_LENGTH);
  do randomFillSync(salt); while (salt[0] === 0);
}

const verifier = makeVerifier(nobleCrypto, new BigIntArithmetic(N), salt, utf8Encode(username), utf8Encode(password));
// Never print what the device would refuse at boot (a username with control characters, say).
const problem = sec2CredentialProblem(utf8Encode(username), salt, verifier);
if (problem) fail(`${problem.key} ${problem.message}`);
console.log(`sec2Username=${username} sec2Salt=${toHex(salt)} sec2Verifier=${toHex(verifier)}`);
