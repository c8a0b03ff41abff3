import { BadFileReason } from "../core/import/badFile";

/**
 * What the first bytes say a file is: a zip package, or which kind of file that is not a
 * workbook we read (an old .xls, an encrypted .xlsx, a text file), said before unpacking anything.
 */
export type Sniffed = { kind: "zip" } | { kind: "bad"; reason: BadFileReason };

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) needle[i * 2] = text.charCodeAt(i);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

export function sniff(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return { kind: "bad", reason: "empty" };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return { kind: "zip" };
  if (startsWith(bytes, CFB)) {
    // An OLE container holds either a password-encrypted .xlsx or a legacy .xls.
    const encrypted = containsUtf16(bytes.subarray(0, Math.min(bytes.length, 1 << 20)), "EncryptionInfo");
    return { kind: "bad", reason: encrypted ? "encrypted" : "old-xls" };
  }
  // A raw BIFF2–BIFF5 stream without a container: BOF record 0x0009/0x0209/0x0409/0x0809.
  if (bytes[0] === 0x09 && [0x00, 0x02, 0x04, 0x08].includes(bytes[1])) return { kind: "bad", reason: "old-xls" };
  return { kind: "bad", reason: "not-workbook" };
}
