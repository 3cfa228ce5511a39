import { FeedError } from '../errors.js';
import { decodeBody } from './http.js';

/** A response's body as text, refused once it passes `maxBytes` whether or not Content-Length said so. */
export async function readBody(response: Response, url: string, maxBytes: number): Promise<string> {
  return decodeBody(await readBytes(response, url, maxBytes), response.headers.get('Content-Type'));
}

/** A response's body, refused once it passes `maxBytes` whether or not Content-Length said so. */
export async function readBytes(response: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = () => new FeedError('too-large', `The feed at ${url} is larger than ${Math.round(maxBytes / 1024)} KB; ask the endpoint for fewer items.`, { url });
  if (Number(response.headers.get('Content-Length')) > maxBytes) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body) {
    const reader = response.body.getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      size += next.value.byteLength;
      if (size > maxBytes) {
        void reader.cancel().catch(() => {});
        throw tooLarge();
      }
      chunks.push(next.value);
    }
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

