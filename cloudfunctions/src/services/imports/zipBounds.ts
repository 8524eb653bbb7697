import { createInflateRaw } from 'node:zlib';
import { AppError } from '@sunshine/shared';

/**
 * How far an xlsx (a zip) may inflate, checked before a spreadsheet reader
 * sees it: the directory's sizes are added up, every entry is inflated once
 * counting bytes (a header that understates its entry is caught, and nothing
 * inflated is kept), and the entries must fill the file end to end, so no
 * entry hides outside the directory for a streaming reader to find.
 */
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;

interface TEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  offset: number;
}

const tooLarge = (limitBytes: number) =>
  new AppError('FILE_TOO_LARGE', {
    message: `名单文件解压后超过 ${Math.round(limitBytes / 1048576)} MB，请删去多余的工作表、格式和空白行，或分成几个文件后重新上传。`,
  });

const unreadable = (why: string) => new AppError('IMPORT_FILE_UNREADABLE', { cause: new Error(why) });

/** A header that understates its entry is how a crafted zip slips past size checks; Excel never writes one. */
const understated = (name: string) =>
  new AppError('IMPORT_FILE_UNREADABLE', {
    message: '名单文件已损坏或被改动过（解压后的大小与文件记录不符），请用 Excel 重新保存后再上传。',
    cause: new Error(`entry ${name} inflates beyond its header`),
  });

function centralDirectory(bytes: Buffer): TEntry[] {
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (bytes.readUInt32LE(at) === EOCD) {
      end = at;
      break;
    }
  }
  if (end < 0) throw unreadable('no end of central directory');
  const count = bytes.readUInt16LE(end + 10);
  const directoryOffset = bytes.readUInt32LE(end + 16);
  // Zip64 (markers 0xFFFF / 0xFFFFFFFF) is only needed past 4 GB or 65,535 entries: far beyond any list.
  if (count === 0xffff || directoryOffset === 0xffffffff) throw unreadable('zip64');
  const entries: TEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL) throw unreadable('bad central directory');
    const nameLength = bytes.readUInt16LE(at + 28);
    const entry: TEntry = {
      flags: bytes.readUInt16LE(at + 8),
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      offset: bytes.readUInt32LE(at + 42),
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
    };
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff || entry.offset === 0xffffffff) throw unreadable('zip64 entry');
    entries.push(entry);
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  if (entries.length === 0) throw unreadable('empty zip');
  // Entries back to back from the start to the directory; a data descriptor may follow an entry's data.
  const sorted = [...entries].sort((a, b) => a.offset - b.offset);
  let expected = 0;
  for (const entry of sorted) {
    if (entry.offset !== expected) throw unreadable(`gap before ${entry.name}`);
    expected = dataStart(bytes, entry) + entry.compressedSize;
    if (entry.flags & 0x08) expected += descriptorLength(bytes, expected);
  }
  if (expected !== directoryOffset) throw unreadable('data outside the directory');
  return entries;
}

function dataStart(bytes: Buffer, entry: TEntry): number {
  if (entry.offset + 30 > bytes.length || bytes.readUInt32LE(entry.offset) !== LOCAL) throw unreadable(`bad local header for ${entry.name}`);
  return entry.offset + 30 + bytes.readUInt16LE(entry.offset + 26) + bytes.readUInt16LE(entry.offset + 28);
}

function descriptorLength(bytes: Buffer, at: number): number {
  return at + 4 <= bytes.length && bytes.readUInt32LE(at) === DESCRIPTOR ? 16 : 12;
}

/** Inflates one entry counting bytes; refuses it once it gives more than its header says. */
function inflatedSize(data: Buffer, entry: TEntry): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw();
    let size = 0;
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > entry.size) {
        inflate.destroy();
        reject(understated(entry.name));
      }
    });
    inflate.on('end', () => resolve(size));
    inflate.on('error', (error) => reject(unreadable(error.message)));
    inflate.end(data);
  });
}

export async function assertZipExpandsWithin(bytes: Buffer, limitBytes: number): Promise<void> {
  const entries = centralDirectory(bytes);
  const declared = entries.reduce((sum, e) => sum + e.size, 0);
  if (declared > limitBytes) throw tooLarge(limitBytes);
  for (const entry of entries) {
    const start = dataStart(bytes, entry);
    const data = bytes.subarray(start, start + entry.compressedSize);
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.size) throw unreadable(`stored entry ${entry.name} with two sizes`);
    } else if (entry.method === 8) {
      await inflatedSize(data, entry);
    } else throw unreadable(`compression method ${entry.method}`);
  }
}
