import { fromHex, toHex } from "../../modules/util/hex.js";
import { utf8Decode, utf8Encode } from "../../modules/util/utf8.js";
import { constantTimeEqual, xorBytes } from "../../modules/util/bytes.js";
import { crc32 } from "../../modules/util/crc32.js";
import { bytesEqual, equal, throws } from "../support/assert.js";

describe("hex", () => {
  it("round-trips every byte value in lowercase", () => {
    const all = new Uint8Array(256).map((_, i) => i);
    const hex = toHex(all);
    equal(hex, hex.toLowerCase());
    bytesEqual(fromHex(hex)!, all);
  });
  it("accepts uppercase input", () => bytesEqual(fromHex("ABcd")!, "abcd"));
  it("refuses odd length and non-hex characters", () => {
    equal(fromHex("abc"), undefined);
    equal(fromHex("0x"), undefined);
    equal(fromHex("g0"), undefined);
    equal(fromHex(" 0"), undefined);
  });
  it("reads an empty string as no bytes", () => equal(fromHex("")!.length, 0));
});

describe("utf8", () => {
  it("matches the standard encoding for mixed scripts", () => {
    bytesEqual(utf8Encode("aé€😀"), "61c3a9e282acf09f9880");
    equal(utf8Decode(utf8Encode("aé€😀")), "aé€😀");
  });
  it("decodes malformed bytes to U+FFFD instead of throwing", () => {
    equal(utf8Decode(new Uint8Array([0x61, 0xff, 0xc3])), "a\ufffd\ufffd");
  });
});

describe("bytes", () => {
  it("compares equal and unequal arrays", () => {
    equal(constantTimeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2])), true);
    equal(constantTimeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3])), false);
    equal(constantTimeEqual(new Uint8Array([1]), new Uint8Array([1, 2])), false);
  });
  it("xors equal lengths only", () => {
    bytesEqual(xorBytes(new Uint8Array([0xf0, 0x0f]), new Uint8Array([0xff, 0xff])), "0ff0");
    throws(() => xorBytes(new Uint8Array(1), new Uint8Array(2)));
  });
  it("crc32 matches the zlib check value", () => equal(crc32(utf8Encode("123456789")), 0xcbf43926));
});
