import { constants, inflateRawSync } from "node:zlib";

// The ZIP container of an XLSX, read directly: the central directory gives the entries and
// their unpacked sizes before anything is inflated (a zip bomb is refused up front), and each
// part is inflated with Node's zlib on demand, never beyond the size the directory declared.

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;

type Entry = { method: number; packed: number; unpacked: number; headerOffset: number };

export type ZipArchive = {
  names: string[];
  unpackedBytes: number;
  /** A part's text (UTF-8), or null when the archive has no such part or it cannot be read. */
  text(name: string): string | null;
  /**
   * The start of a part's text: what the first `packedBytes` of its compressed data inflate to
   * (for looking at an XML prolog without inflating a large sheet), or null as for text().
   */
  head(name: string, packedBytes?: number): string | null;
};

/** The archive, or null when the bytes are not a readable ZIP (ZIP64 archives are not expected here). */
export function openZip(bytes: Uint8Array): ZipArchive | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record sits in the last 22 bytes plus an optional comment of up to 64 KiB.
  let end = -1;
  for (let offset = bytes.length - 22; offset >= Math.max(0, bytes.length - 22 - 0xffff); offset--) {
    if (view.getUint32(offset, true) === END_OF_CENTRAL_DIRECTORY) {
      end = offset;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const start = view.getUint32(end + 16, true);
  if (count === 0xffff || start === 0xffffffff || start + size > bytes.length) return null;

  const entries = new Map<string, Entry>();
  const decoder = new TextDecoder();
  let unpackedBytes = 0;
  let offset = start;
  for (let index = 0; index < count; index++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL_DIRECTORY_ENTRY) return null;
    const method = view.getUint16(offset + 10, true);
    const packed = view.getUint32(offset + 20, true);
    const unpacked = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const headerOffset = view.getUint32(offset + 42, true);
    if (unpacked === 0xffffffff || packed === 0xffffffff || offset + 46 + nameLength > bytes.length) return null;
    const name = decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    entries.set(name, { method, packed, unpacked, headerOffset });
    unpackedBytes += unpacked;
    offset += 46 + nameLength + extraLength + commentLength;
  }

  const packedData = (name: string): { entry: Entry; data: Uint8Array } | null => {
    const entry = entries.get(name);
    if (!entry) return null;
    const at = entry.headerOffset;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_FILE_HEADER) return null;
    const dataStart = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    if (dataStart + entry.packed > bytes.length) return null;
    return { entry, data: bytes.subarray(dataStart, dataStart + entry.packed) };
  };

  const text = (name: string): string | null => {
    const part = packedData(name);
    if (!part) return null;
    const { entry, data } = part;
    try {
      if (entry.method === 0) return decoder.decode(data);
      if (entry.method !== 8) return null;
      // Never more than the directory declared (which the size limit has already checked).
      const inflated = inflateRawSync(data, { maxOutputLength: Math.max(entry.unpacked, 1) });
      return decoder.decode(inflated);
    } catch {
      return null;
    }
  };
  const head = (name: string, packedBytes = 1024): string | null => {
    const part = packedData(name);
    if (!part) return null;
    const { entry, data } = part;
    const start = data.subarray(0, packedBytes);
    try {
      if (entry.method === 0) return decoder.decode(start);
      if (entry.method !== 8) return null;
      // A cut-off stream: SYNC_FLUSH hands back what the bytes so far inflate to. 1 KiB of
      // deflate data inflates to at most about 1 MiB.
      return decoder.decode(inflateRawSync(start, { finishFlush: constants.Z_SYNC_FLUSH }));
    } catch {
      return null;
    }
  };
  return { names: [...entries.keys()], unpackedBytes, text, head };
}
