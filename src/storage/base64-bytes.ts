/** Bytes ↔ standard base64 with padding, as envelopes hold them (encrypted-envelope.schema.ts). */

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: spreading a megabyte into one call would overflow the stack.
  for (let start = 0; start < bytes.length; start += 8192) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 8192));
  }
  return btoa(binary);
}

/** Only for base64 a schema has checked (isBase64). */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
