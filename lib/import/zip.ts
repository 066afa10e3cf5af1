import { unzipSync } from "fflate";

// The ZIP container of an XLSX, read with fflate (a maintained ZIP library): its central
// directory gives the entries and their unpacked sizes before anything is inflated, so that a
// zip bomb is refused up front (lib/import/xlsx.ts checks the sum against MAX_UNPACKED_BYTES),
// and each part is inflated on demand into a buffer of the size the directory declared, never
// beyond it (a part that lies about its size comes out cut off, and its XML does not parse).

export type ZipArchive = {
  names: string[];
  unpackedBytes: number;
  /** A part's text (UTF-8), or null when the archive has no such part or it cannot be read. */
  text(name: string): string | null;
};

type Entry = { compression: number; originalSize: number };

/** The archive, or null when the bytes are not a readable ZIP. */
export function openZip(bytes: Uint8Array): ZipArchive | null {
  const entries = new Map<string, Entry>();
  try {
    // The filter sees every entry of the central directory; answering false inflates nothing.
    unzipSync(bytes, {
      filter: (file) => {
        entries.set(file.name, { compression: file.compression, originalSize: file.originalSize });
        return false;
      },
    });
  } catch {
    return null;
  }
  const decoder = new TextDecoder();
  const unpackedBytes = [...entries.values()].reduce((sum, entry) => sum + entry.originalSize, 0);

  const text = (name: string): string | null => {
    const entry = entries.get(name);
    if (!entry || (entry.compression !== 0 && entry.compression !== 8)) return null;
    try {
      const part = unzipSync(bytes, { filter: (file) => file.name === name })[name];
      return part ? decoder.decode(part) : null;
    } catch {
      return null;
    }
  };
  return { names: [...entries.keys()], unpackedBytes, text };
}
