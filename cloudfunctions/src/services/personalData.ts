import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { normalizeIdNumber } from '@sunshine/shared';
import type { TProtectedValue } from '../store/documents';

/**
 * Encrypts ID numbers at rest (AES-256-GCM, fresh IV each time) and derives
 * the keyed hash used to find a person's rows without decrypting anything.
 */
export class PersonalDataVault {
  private readonly encryptionKey: Buffer;
  private readonly hashKey: Buffer;

  constructor(encryptionKeyBase64: string, hashKeyBase64: string) {
    this.encryptionKey = Buffer.from(encryptionKeyBase64, 'base64').subarray(0, 32);
    this.hashKey = Buffer.from(hashKeyBase64, 'base64');
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
