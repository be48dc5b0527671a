import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, sep } from 'node:path';
import { inflateRawSync } from 'node:zlib';

/**
 * The files of a zip as the stores read them, from its central directory:
 * enough for the zips WXT writes (stored or deflated, no zip64), so the
 * tests need no unzip program. Anything else is an error, not a guess.
 */
export function readZip(path: string): Map<string, Buffer> {
  const zip = readFileSync(path);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error(`${path} is not a zip (no end of central directory)`);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`${path}: a damaged central directory`);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const unpacked = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    if (method !== 0 && method !== 8) throw new Error(`${path}: ${name} uses compression method ${method}`);
    const content = method === 8 ? inflateRawSync(data) : Buffer.from(data);
    if (content.byteLength !== unpacked) throw new Error(`${path}: ${name} unpacks to ${content.byteLength} bytes, not ${unpacked}`);
    files.set(name, content);
    at += 46 + skip;
  }
  return files;
}

/** Writes a zip's files under `dir` (refusing names that would land outside it). */
export function extractZip(path: string, dir: string): string[] {
  const files = readZip(path);
  for (const [name, data] of files) {
    const target = normalize(join(dir, name));
    if (!target.startsWith(normalize(dir) + sep)) throw new Error(`${path}: ${name} points outside the folder`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, data);
  }
  return [...files.keys()];
}
