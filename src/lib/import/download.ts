// Fetches one image for `npm run import -- --download-images`: public addresses only (every
// redirect checked the same way, and the address checked as the connection is made, so a name
// that resolves differently the second time gains nothing), a size cap, a time limit.
import type { LookupAddress } from 'node:dns';
import { lookup } from 'node:dns';
import { get as httpGet, type IncomingMessage } from 'node:http';
import { get as httpsGet } from 'node:https';
import { isIP } from 'node:net';
import { isPublicAddress } from './address.ts';

/** The largest image the import downloads. */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
const MAX_REDIRECTS = 5;

type Lookup = typeof lookup;

/**
 * A DNS lookup, for the connection itself, that fails for a name with any address off the
 * public internet. `resolve` is Node's lookup; tests give their own.
 */
export function checkedLookup(resolve: Lookup = lookup): Lookup {
  return ((hostname: string, options: object, callback: (...args: unknown[]) => void) => {
    resolve(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error);
      const refused = addresses.find((a) => !isPublicAddress(a.address));
      if (refused)
        return callback(new Error(`${hostname} is at ${refused.address}, which is not a public address`));
      const [first] = addresses;
      return (options as { all?: boolean }).all
        ? callback(null, addresses)
        : callback(null, first?.address, first?.family);
    });
  }) as unknown as Lookup;
}

/** Why a URL may not be fetched (its scheme or a literal private address), or undefined. */
export function refusedUrl(url: URL): string | undefined {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `${url.protocol} is not a web address`;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) && !isPublicAddress(host)) return `${host} is not a public address`;
  if (/^localhost\.?$/i.test(host) || /\.localhost\.?$/i.test(host)) return `${host} is this machine`;
  return undefined;
}

/** One GET, resolved with the response once its headers are in. */
function request(url: URL, signal: AbortSignal, lookupFn: Lookup): Promise<IncomingMessage> {
  const get = url.protocol === 'https:' ? httpsGet : httpGet;
  return new Promise((resolve, reject) => {
    get(url, { lookup: lookupFn, signal, headers: { accept: 'image/*' } }, resolve).on('error', reject);
  });
}

/** The body, refused once it passes `max` bytes. */
async function readCapped(response: IncomingMessage, max: number): Promise<Uint8Array> {
  const declared = Number(response.headers['content-length']);
  if (declared > max) {
    response.destroy();
    throw new Error(`it is ${declared} bytes, over the import's ${max}`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response) {
    size += (chunk as Buffer).length;
    if (size > max) {
      response.destroy();
      throw new Error(`it is over the import's ${max} bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** An image's bytes from the web; throws saying why not. `lookupFn` is for tests. */
export async function downloadImage(
  address: string,
  { max = MAX_IMAGE_BYTES, timeoutMs = 15_000, lookupFn = checkedLookup() } = {},
): Promise<Uint8Array> {
  const signal = AbortSignal.timeout(timeoutMs);
  let url = new URL(address.startsWith('//') ? `https:${address}` : address);
  for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
    const refused = refusedUrl(url);
    if (refused) throw new Error(refused);
    const response = await request(url, signal, lookupFn);
    const status = response.statusCode ?? 0;
    if (status >= 300 && status < 400 && response.headers.location) {
      response.resume();
      url = new URL(response.headers.location, url);
      continue;
    }
    if (status !== 200) {
      response.resume();
      throw new Error(`the server answered ${status}`);
    }
    return readCapped(response, max);
  }
  throw new Error(`more than ${MAX_REDIRECTS} redirects`);
}
