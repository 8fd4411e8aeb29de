import fc from "fast-check";
import { fromHex, hexLine, toHex } from "../../modules/util/hex.js";
import { utf8Decode, utf8Encode } from "../../modules/util/utf8.js";
import { constantTimeEqual, xorBytes } from "../../modules/util/bytes.js";
import { crc32 } from "../../modules/util/crc32.js";
import { asciiText } from "../../modules/util/ascii.js";
import { bytesEqual, equal, throws } from "../support/assert.js";
import { fuzzRuns } from "./fuzz-settings.js";

/** Hex decoding a pair at a time, as it was before it went eight digits at a time: the reference. */
function referenceFromHex(text: string): string {
  if (text.length % 2 !== 0) return "undefined";
  let out = "";
  for (let i = 0; i < text.length; i += 2) {
    const pair = text.slice(i, i + 2);
    if (!/^[0-9a-fA-F]{2}$/.test(pair)) return "undefined";
    out += pair.toLowerCase();
  }
  return out;
}

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
  it("refuses what the engine's number parser would let through at a chunk's end or start", () => {
    for (const text of ["0a0b0c0d0e0f \n", "0a0b0c0\n", "0a0b0c0 ", "0a0b0c0d0e0f1 ", "+1", "-1", "0x", "1_", "0a0b0c0d0e0f00\u2028", "0b1", "0o17", "1e"])
      equal(fromHex(text) === undefined ? "undefined" : "bytes", text === "1e" ? "bytes" : "undefined", JSON.stringify(text));
  });
  it("decodes any text as the pair-at-a-time reference does", () => {
    const char = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(..."0123456789abcdefABCDEF") },
      { weight: 1, arbitrary: fc.constantFrom(" ", "\t", "\n", "\r", "\u2028", "\u00a0", "x", "X", "g", "+", "-", "_", ".", "\u0100", "\u0130", "\ufeff") });
    fc.assert(fc.property(fc.array(char, { maxLength: 40 }), (chars) => {
      const text = chars.join("");
      const shown = (bytes: Uint8Array | undefined) => bytes === undefined ? "undefined" : toHex(bytes);
      equal(shown(fromHex(text)), referenceFromHex(text), JSON.stringify(text));
    }), { seed: 20261202, numRuns: fuzzRuns(500) });
  });
  it("writes a reply line, digits and a suffix, as ASCII codes", () => {
    equal(String.fromCharCode(...hexLine(new Uint8Array([0, 0xab, 0xff]), "\r\n>> ")), "00abff\r\n>> ");
    equal(String.fromCharCode(...hexLine(new Uint8Array(0))), "");
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      let reference = "";
      for (const b of bytes) reference += (b < 16 ? "0" : "") + b.toString(16);
      equal(toHex(bytes), reference);
      equal(String.fromCharCode(...hexLine(bytes, "\r\n")), reference + "\r\n");
    }), { seed: 20261202, numRuns: fuzzRuns(200) });
  });
});

describe("asciiText", () => {
  it("gives one character per element for any bytes, ASCII or not, valid UTF-8 or not", () => {
    const utf8 = fc.constantFrom(...["é", "€", "😀", "\u0000", "\u007f"].map((c) => Array.from(utf8Encode(c))));
    const bytes = fc.array(fc.oneof(fc.integer({ min: 0, max: 255 }).map((b) => [b]), fc.integer({ min: 32, max: 126 }).map((b) => [b]), utf8), { maxLength: 60 })
      .map((parts) => Uint8Array.from(parts.flat()));
    fc.assert(fc.property(bytes, fc.nat(), fc.nat(), (all, a, b) => {
      const end = b % (all.length + 1), start = a % (end + 1);
      equal(asciiText(all, start, end), String.fromCharCode(...all.subarray(start, end)));
      const wide = Uint16Array.from(all);
      equal(asciiText(wide, start, end), String.fromCharCode(...wide.subarray(start, end)));
    }), { seed: 20261202, numRuns: fuzzRuns(400) });
  });
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
