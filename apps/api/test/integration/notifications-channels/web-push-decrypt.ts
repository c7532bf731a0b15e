import { createDecipheriv, hkdfSync, type ECDH } from 'node:crypto';

/** What a browser holds for one subscription: its ECDH key pair and the auth secret. */
export interface BrowserKeys {
  ecdh: ECDH;
  authSecret: Buffer;
}

function hkdf(ikm: Buffer, salt: Buffer, info: string | Buffer, length: number): Buffer {
  return Buffer.from(hkdfSync('sha256', ikm, salt, info, length));
}

/** Decrypts an `aes128gcm` Web Push message as a browser would (RFC 8291, single record). */
export function decryptWebPush(message: Buffer, browser: BrowserKeys): string {
  const salt = message.subarray(0, 16);
  const keyIdLength = message.readUInt8(20);
  const serverPublicKey = message.subarray(21, 21 + keyIdLength);
  const record = message.subarray(21 + keyIdLength);
  const keyInfo = Buffer.concat([
    Buffer.from('WebPush: info\0'),
    browser.ecdh.getPublicKey(),
    serverPublicKey,
  ]);
  const ikm = hkdf(browser.ecdh.computeSecret(serverPublicKey), browser.authSecret, keyInfo, 32);
  const key = hkdf(ikm, salt, 'Content-Encoding: aes128gcm\0', 16);
  const nonce = hkdf(ikm, salt, 'Content-Encoding: nonce\0', 12);
  const decipher = createDecipheriv('aes-128-gcm', key, nonce);
  decipher.setAuthTag(record.subarray(record.length - 16));
  const padded = Buffer.concat([decipher.update(record.subarray(0, record.length - 16)), decipher.final()]);
  // The last record ends with the delimiter 0x02 and optional zero padding.
  return padded.subarray(0, padded.lastIndexOf(2)).toString('utf8');
}
