/**
 * Reads a DOCX (a zip) defensively, before any DOCX library touches it: the sizes declared in the central directory
 * are checked first (a zip bomb is refused without inflating anything), then each part is inflated with a hard cap on
 * its output at the declared size, so a part that lies about its size cannot expand past it either.
 */
import zlib from 'node:zlib';
import { refuse } from './refusal.js';

export interface ZipLimits {
  /** Sum of the parts' uncompressed sizes. */
  maxUncompressedBytes: number;
  /** Parts larger than `ratioFloorBytes` may not expand more than this many times (text XML stays well under it). */
  maxRatio: number;
  ratioFloorBytes: number;
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxRatio: 100,
  ratioFloorBytes: 1024 * 1024,
  maxEntries: 5000,
};

interface CentralEntry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const CORRUPT = 'Tệp bị hỏng hoặc không phải tệp Word (.docx) hợp lệ.';
const BOMB = 'Tệp có phần nén giải ra quá lớn (nghi là "bom nén"); không nhập.';

function centralDirectory(zip: Buffer): CentralEntry[] {
  // The end-of-central-directory record sits in the last 22 + 65535 (comment) bytes.
  let eocd = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === 0x06054b50) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) refuse('corrupt', CORRUPT);
  const count = zip.readUInt16LE(eocd + 10);
  const size = zip.readUInt32LE(eocd + 12);
  const offset = zip.readUInt32LE(eocd + 16);
  // Zip64 markers: no Word document needs them.
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) refuse('zip-bomb', BOMB);
  if (offset + size > eocd) refuse('corrupt', CORRUPT);
  const entries: CentralEntry[] = [];
  let at = offset;
  for (let index = 0; index < count; index++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) refuse('corrupt', CORRUPT);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    entries.push({
      flags: zip.readUInt16LE(at + 8),
      method: zip.readUInt16LE(at + 10),
      crc: zip.readUInt32LE(at + 16),
      compressedSize: zip.readUInt32LE(at + 20),
      uncompressedSize: zip.readUInt32LE(at + 24),
      localHeaderOffset: zip.readUInt32LE(at + 42),
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Every part of the zip by name, inflated within the limits; refuses (WordImportRefusal) anything outside them. */
export function readZipParts(zip: Buffer, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Map<string, Buffer> {
  if (zip.length < 22 || zip.readUInt32LE(0) !== 0x04034b50) refuse('corrupt', CORRUPT);
  const entries = centralDirectory(zip);
  if (entries.length > limits.maxEntries) refuse('zip-bomb', BOMB);
  let total = 0;
  for (const entry of entries) {
    // Bit 0: the part is encrypted (zip password).
    if (entry.flags & 1) refuse('encrypted', ENCRYPTED);
    total += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio) refuse('zip-bomb', BOMB);
  }
  if (total > limits.maxUncompressedBytes) refuse('zip-bomb', BOMB);

  const parts = new Map<string, Buffer>();
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    const local = entry.localHeaderOffset;
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== 0x04034b50) refuse('corrupt', CORRUPT);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + entry.compressedSize);
    if (raw.length !== entry.compressedSize) refuse('corrupt', CORRUPT);
    let data: Buffer;
    if (entry.method === 0) data = raw;
    else if (entry.method === 8) {
      try {
        data = zlib.inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
      } catch (error) {
        if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') refuse('zip-bomb', BOMB);
        refuse('corrupt', CORRUPT);
      }
    } else refuse('corrupt', CORRUPT);
    if (data!.length !== entry.uncompressedSize || zlib.crc32(data!) >>> 0 !== entry.crc >>> 0) refuse('corrupt', CORRUPT);
    parts.set(entry.name, data!);
  }
  return parts;
}

export const ENCRYPTED = 'Tệp Word đã được đặt mật khẩu (mã hóa). Hãy gỡ mật khẩu trong Word (Tệp › Thông tin › Bảo vệ tài liệu) rồi nhập lại.';
