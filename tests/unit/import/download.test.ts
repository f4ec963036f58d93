import { lookup } from 'node:dns';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkedLookup, downloadImage } from '../../../src/lib/import/download.ts';
import { PNG } from '../../fixtures/import/exports.ts';

// A server on this machine stands in for the web: names ending ".public.test" resolve to it as
// if it were a public address, so what is tested is where each redirect may lead.
let server: Server;
let port: number;
beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    if (url.pathname === '/image.png') response.end(PNG);
    else if (url.pathname === '/big.png') response.end(Buffer.alloc(4096));
    else if (url.pathname === '/to-loopback')
      response.writeHead(302, { location: `http://127.0.0.1:${port}/image.png` }).end();
    else if (url.pathname === '/to-metadata')
      response.writeHead(301, { location: 'http://169.254.169.254/latest/' }).end();
    else if (url.pathname === '/to-private-name')
      response.writeHead(302, { location: `http://intranet.private.test:${port}/image.png` }).end();
    else if (url.pathname === '/to-file') response.writeHead(302, { location: 'file:///etc/passwd' }).end();
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
}, 60_000);
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())), 60_000);

/** Test DNS: *.public.test is "public" (and served here), *.private.test is at 10.0.0.7. */
const fakeDns = ((hostname: string, options: object, callback: (...args: unknown[]) => void) => {
  if (hostname.endsWith('.private.test')) return callback(null, [{ address: '10.0.0.7', family: 4 }]);
  return lookup('127.0.0.1', options, callback as never);
}) as typeof lookup;
/** Lets the test server through as a public host; everything else is checked. */
const testLookup = ((hostname: string, options: object, callback: (...args: unknown[]) => void) =>
  hostname.endsWith('.public.test')
    ? fakeDns(hostname, options as never, callback as never)
    : checkedLookup(fakeDns)(hostname, options as never, callback as never)) as typeof lookup;

const from = (path: string) => `http://cdn.public.test:${port}${path}`;

describe('downloadImage (issue 27)', () => {
  it('fetches an image from a public host', async () => {
    expect(await downloadImage(from('/image.png'), { lookupFn: testLookup })).toEqual(PNG);
  });

  it.each([
    ['a loopback address', 'http://127.0.0.1/x.png', '127.0.0.1 is not a public address'],
    ['localhost', 'http://localhost/x.png', 'localhost is this machine'],
    ['an IPv6 loopback', 'http://[::1]/x.png', '::1 is not a public address'],
    [
      'a name at a private address',
      'http://intranet.private.test/x.png',
      'intranet.private.test is at 10.0.0.7',
    ],
    ['a redirect to loopback', '/to-loopback', '127.0.0.1 is not a public address'],
    ['a redirect to the cloud metadata address', '/to-metadata', '169.254.169.254 is not a public address'],
    ['a redirect to a private name', '/to-private-name', 'intranet.private.test is at 10.0.0.7'],
    ['a redirect to a file', '/to-file', 'file: is not a web address'],
  ])('refuses %s', async (_case, url, message) => {
    // Paths are the test server's: its port is known only once it listens.
    const address = url.startsWith('/') ? from(url) : url;
    await expect(downloadImage(address, { lookupFn: testLookup })).rejects.toThrow(message);
  });

  it('refuses a body over the cap', async () => {
    await expect(downloadImage(from('/big.png'), { lookupFn: testLookup, max: 1024 })).rejects.toThrow(
      "it is 4096 bytes, over the import's 1024",
    );
  });

  it('checks the address with the real resolver by default', async () => {
    await expect(
      new Promise((resolve, reject) =>
        checkedLookup()(
          'localhost',
          {} as never,
          ((error: Error | null) => (error ? reject(error) : resolve(null))) as never,
        ),
      ),
    ).rejects.toThrow(/localhost is at (127\.0\.0\.1|::1), which is not a public address/);
  });
});
