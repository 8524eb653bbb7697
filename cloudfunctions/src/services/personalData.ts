import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { normalizeIdNumber } from '@sunshine/shared';
import type { TProtectedValue } from '../store/documents';

const FILE_MAGIC = Buffer.from('SSF1');

/**
 * Encrypts ID numbers at rest (AES-256-GCM, fresh IV each time) and derives
 * the keyed hash used to find a person's rows without decrypting anything.
 * Uploaded files holding personal data (list chunks) are sealed with a key
 * derived from the same secret, bound to where they are stored.
 */
export class PersonalDataVault {
  private readonly encryptionKey: Buffer;
  private readonly hashKey: Buffer;
  private readonly fileKey: Buffer;

  constructor(encryptionKeyBase64: string, hashKeyBase64: string) {
    this.encryptionKey = Buffer.from(encryptionKeyBase64, 'base64').subarray(0, 32);
    this.hashKey = Buffer.from(hashKeyBase64, 'base64');
    this.fileKey = Buffer.from(hkdfSync('sha256', this.encryptionKey, Buffer.alloc(0), 'sunshine/uploaded-files/v1', 32));
  }

  /** `storageKey` is authenticated with the bytes, so a chunk moved to another upload or position does not decrypt. */
  sealFile(bytes: Buffer, storageKey: string): Buffer {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.fileKey, iv);
    cipher.setAAD(Buffer.from(storageKey, 'utf8'));
    const body = Buffer.concat([cipher.update(bytes), cipher.final()]);
    return Buffer.concat([FILE_MAGIC, iv, cipher.getAuthTag(), body]);
  }

  /** Throws when the file was not sealed by this key for this place, or was changed. */
  openFile(sealed: Buffer, storageKey: string): Buffer {
    if (sealed.length < 32 || !sealed.subarray(0, 4).equals(FILE_MAGIC)) throw new Error('not a sealed file');
    const decipher = createDecipheriv('aes-256-gcm', this.fileKey, sealed.subarray(4, 16));
    decipher.setAAD(Buffer.from(storageKey, 'utf8'));
    decipher.setAuthTag(sealed.subarray(16, 32));
    return Buffer.concat([decipher.update(sealed.subarray(32)), decipher.final()]);
  }

  protectIdNumber(idNumber: string): TProtectedValue {
    const normalized = normalizeIdNumber(idNumber);
    return { cipher: this.encrypt(normalized), hash: this.lookupHash(normalized) };
  }

  lookupHash(idNumber: string): string {
    return createHmac('sha256', this.hashKey).update(normalizeIdNumber(idNumber)).digest('hex');
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['v1', iv.toString('base64'), cipher.getAuthTag().toString('base64'), body.toString('base64')].join(':');
  }

  decrypt(stored: string): string {
    const [version, iv, tag, body] = stored.split(':');
    if (version !== 'v1') throw new Error(`unknown cipher version ${version}`);
    const decipher = createDecipheriv('aes-256-gcm', this.encryptionKey, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
  }
}
