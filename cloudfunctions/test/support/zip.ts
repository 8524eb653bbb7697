import { promisify } from 'node:util';
import { constants, crc32, deflateRaw } from 'node:zlib';

const deflate = promisify(deflateRaw);

/**
 * A zip written by hand, so tests can make files no spreadsheet program
 * would: entries given as pieces are deflated piece by piece (sync-flushed
 * blocks joined into one stream), so hundreds of MB of XML never sit in
 * memory at once, and asynchronously, so a gateway in the same process
 * keeps answering (and closing idle connections) meanwhile; `understate` writes a tenth of each entry's real size
 * into its headers, as a crafted zip bomb would.
 */
export async function zipOf(entries: Record<string, string | string[]>, options: { understate?: boolean } = {}): Promise<Buffer> {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const pieces = typeof content === 'string' ? [content] : content;
    const deflated: Buffer[] = [];
    let crc = 0;
    let size = 0;
    let batch: string[] = [];
    let batchLength = 0;
    const flush = async () => {
      const bytes = Buffer.from(batch.join(''), 'utf8');
      crc = crc32(bytes, crc);
      size += bytes.length;
      deflated.push(await deflate(bytes, { finishFlush: constants.Z_SYNC_FLUSH }));
      batch = [];
      batchLength = 0;
    };
    for (const piece of pieces) {
      batch.push(piece);
      batchLength += piece.length;
      if (batchLength > 1 << 20) await flush();
    }
    await flush();
    // A final empty fixed-Huffman block ends the stream.
    deflated.push(Buffer.from([0x03, 0x00]));
    const data = Buffer.concat(deflated);
    const declared = options.understate ? Math.floor(size / 10) : size;
    const fileName = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(fileName.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0x0800, 8);
    header.writeUInt16LE(8, 10);
    header.writeUInt32LE(crc >>> 0, 16);
    header.writeUInt32LE(data.length, 20);
    header.writeUInt32LE(declared, 24);
    header.writeUInt16LE(fileName.length, 28);
    header.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    central.push(header, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
