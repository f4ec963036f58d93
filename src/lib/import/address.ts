// Which network addresses an image download may reach: the public internet only. An export is
// someone else's file, and a link in it to 127.0.0.1, 10.0.0.0/8 or 169.254.169.254 (a cloud's
// metadata service) would make the author's machine fetch from its own network.
import { isIP } from 'node:net';

/** IPv4 ranges that are not the public internet, as [first octets, prefix length]. */
const PRIVATE_V4: readonly [number[], number][] = [
  [[0], 8], // "this network"
  [[10], 8],
  [[100, 64], 10], // carrier-grade NAT
  [[127], 8],
  [[169, 254], 16], // link-local, cloud metadata
  [[172, 16], 12],
  [[192, 0, 0], 24],
  [[192, 0, 2], 24],
  [[192, 168], 16],
  [[198, 18], 15],
  [[198, 51, 100], 24],
  [[203, 0, 113], 24],
  [[224], 4], // multicast
  [[240], 4], // reserved, broadcast
];

function v4Number(address: string): number {
  return address.split('.').reduce((sum, part) => sum * 256 + Number(part), 0);
}

function inV4Range(address: string, [octets, bits]: readonly [number[], number]): boolean {
  const base = v4Number([...octets, 0, 0, 0, 0].slice(0, 4).join('.'));
  const size = 2 ** (32 - bits);
  return Math.floor(v4Number(address) / size) === Math.floor(base / size);
}

/** The 16-bit groups of an IPv6 address, `::` expanded and an embedded IPv4 tail split in two. */
function v6Groups(address: string): number[] {
  const [head = '', tail] = address.toLowerCase().split('::');
  const parse = (part: string) =>
    part
      .split(':')
      .filter(Boolean)
      .flatMap((group) => {
        if (!group.includes('.')) return [parseInt(group, 16)];
        const n = v4Number(group);
        return [Math.floor(n / 65536), n % 65536];
      });
  const first = parse(head);
  const last = tail === undefined ? [] : parse(tail);
  return [...first, ...Array<number>(8 - first.length - last.length).fill(0), ...last];
}

/** Whether an IP address (v4 or v6) is on the public internet: not private, loopback, link-local or reserved. */
export function isPublicAddress(address: string): boolean {
  const version = isIP(address);
  if (version === 4) return !PRIVATE_V4.some((range) => inV4Range(address, range));
  if (version !== 6) return false;
  const groups = v6Groups(address.replace(/%.*$/, ''));
  const [a = 0] = groups;
  // An IPv4 address carried in IPv6 (::ffff:127.0.0.1, ::1, NAT64's 64:ff9b::…) is judged as IPv4.
  const zero = (from: number, to: number) => groups.slice(from, to).every((g) => g === 0);
  const mapped = zero(0, 5) && (groups[5] === 0 || groups[5] === 0xffff);
  const nat64 = a === 0x64 && groups[1] === 0xff9b && zero(2, 6);
  if (mapped || nat64) {
    const [hi = 0, lo = 0] = groups.slice(6);
    return isPublicAddress([hi >> 8, hi & 255, lo >> 8, lo & 255].join('.'));
  }
  // Unique local fc00::/7, link-local fe80::/10, site-local fec0::/10, multicast ff00::/8, documentation 2001:db8::/32.
  if (
    (a & 0xfe00) === 0xfc00 ||
    (a & 0xffc0) === 0xfe80 ||
    (a & 0xffc0) === 0xfec0 ||
    (a & 0xff00) === 0xff00
  )
    return false;
  if (a === 0x2001 && groups[1] === 0x0db8) return false;
  return (a & 0xe000) === 0x2000; // global unicast 2000::/3 only
}
