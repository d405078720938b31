import { isIP } from 'node:net';

/** What kind of address a webhook target resolved to. Only `public` is always allowed. */
export type AddressClass =
  | 'public'
  | 'loopback'
  | 'private'
  | 'cgnat'
  | 'link-local'
  | 'metadata'
  | 'multicast'
  | 'unspecified'
  | 'reserved'
  | 'invalid';

/** Allowed with WEBHOOK_ALLOW_INSECURE_TARGETS=true (tests, closed networks). Never metadata. */
const INSECURE_ALLOWED: ReadonlySet<AddressClass> = new Set(['loopback', 'private', 'cgnat']);

export function isAllowedAddress(cls: AddressClass, allowInsecure: boolean): boolean {
  return cls === 'public' || (allowInsecure && INSECURE_ALLOWED.has(cls));
}

type Range = [prefix: bigint, bits: number, cls: AddressClass];

const v4 = (text: string, bits: number, cls: AddressClass): Range => [
  BigInt(parseIpv4(text)!),
  bits,
  cls,
];
const v6 = (text: string, bits: number, cls: AddressClass): Range => [parseIpv6(text)!, bits, cls];

/** Most specific first: the first matching range decides. */
const IPV4_RANGES: Range[] = [
  v4('169.254.169.254', 32, 'metadata'), // AWS, GCP, Azure, OpenStack
  v4('100.100.100.200', 32, 'metadata'), // Alibaba Cloud
  v4('0.0.0.0', 8, 'unspecified'),
  v4('10.0.0.0', 8, 'private'),
  v4('100.64.0.0', 10, 'cgnat'),
  v4('127.0.0.0', 8, 'loopback'),
  v4('169.254.0.0', 16, 'link-local'),
  v4('172.16.0.0', 12, 'private'),
  v4('192.0.0.0', 24, 'reserved'), // IETF protocol assignments
  v4('192.0.2.0', 24, 'reserved'), // documentation
  v4('192.88.99.0', 24, 'reserved'), // 6to4 relay anycast
  v4('192.168.0.0', 16, 'private'),
  v4('198.18.0.0', 15, 'reserved'), // benchmarking
  v4('198.51.100.0', 24, 'reserved'),
  v4('203.0.113.0', 24, 'reserved'),
  v4('224.0.0.0', 4, 'multicast'),
  v4('240.0.0.0', 4, 'reserved'), // includes 255.255.255.255
];

const IPV6_RANGES: Range[] = [
  v6('fd00:ec2::254', 128, 'metadata'), // AWS over IPv6
  v6('::', 128, 'unspecified'),
  v6('::1', 128, 'loopback'),
  v6('100::', 64, 'reserved'), // discard-only
  v6('2001::', 23, 'reserved'), // IETF special purpose (Teredo, benchmarking, ORCHID)
  v6('2001:db8::', 32, 'reserved'), // documentation
  v6('3fff::', 20, 'reserved'), // documentation
  v6('fc00::', 7, 'private'), // unique local
  v6('fe80::', 10, 'link-local'),
  v6('fec0::', 10, 'reserved'), // deprecated site-local
  v6('ff00::', 8, 'multicast'),
];

/**
 * Classifies an IP address literal. IPv6 forms that carry an IPv4 address (mapped
 * `::ffff:a.b.c.d`, compatible `::a.b.c.d`, NAT64 `64:ff9b::/96`, 6to4 `2002::/16`) are
 * judged by the IPv4 address they lead to, so `::ffff:127.0.0.1` is loopback.
 */
export function classifyAddress(address: string): AddressClass {
  const text = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(text);
  if (family === 4) return classifyIpv4(parseIpv4(text)!);
  if (family !== 6) return 'invalid';
  const value = parseIpv6(text);
  if (value === null) return 'invalid';
  const embedded = embeddedIpv4(value);
  if (embedded !== null) return classifyIpv4(embedded);
  return match(value, 128, IPV6_RANGES);
}

function classifyIpv4(value: number): AddressClass {
  return match(BigInt(value), 32, IPV4_RANGES);
}

function match(value: bigint, width: number, ranges: Range[]): AddressClass {
  for (const [prefix, bits, cls] of ranges) {
    const shift = BigInt(width - bits);
    if (value >> shift === prefix >> shift) return cls;
  }
  return width === 128 && value >> 125n !== 1n ? 'reserved' : 'public'; // 2000::/3 is global unicast
}

const MAPPED = 0xffffn << 32n;
const NAT64 = 0x64ff9bn << 96n;

function embeddedIpv4(value: bigint): number | null {
  const low32 = Number(value & 0xffffffffn);
  if (value >> 32n === MAPPED >> 32n) return low32; // ::ffff:a.b.c.d
  if (value >> 32n === 0n && value > 1n) return low32; // ::a.b.c.d (deprecated compatible form)
  if (value >> 32n === NAT64 >> 32n) return low32; // 64:ff9b::a.b.c.d
  if (value >> 112n === 0x2002n) return Number((value >> 80n) & 0xffffffffn); // 2002:aabb:ccdd::
  return null;
}

function parseIpv4(text: string): number | null {
  const parts = text.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return null;
  return parts.reduce((acc, p) => acc * 256 + Number(p), 0);
}

function parseIpv6(text: string): bigint | null {
  let body = text;
  let tail: number[] = [];
  if (text.includes('.')) {
    // A trailing dotted quad stands for the last two groups.
    const cut = text.lastIndexOf(':');
    const quad = parseIpv4(text.slice(cut + 1));
    if (quad === null) return null;
    tail = [quad >>> 16, quad & 0xffff];
    body = text.slice(0, cut);
    if (body.endsWith(':')) body += ':';
  }
  const halves = body.split('::');
  if (halves.length > 2) return null;
  const groups = (part: string) => (part === '' ? [] : part.split(':'));
  const left = groups(halves[0]);
  const right = halves.length === 2 ? groups(halves[1]) : [];
  const missing = 8 - tail.length - left.length - right.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const filled = [...left, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...right];
  if (filled.some((g) => !/^[0-9a-f]{1,4}$/i.test(g))) return null;
  return [...filled.map((g) => parseInt(g, 16)), ...tail].reduce(
    (acc, g) => (acc << 16n) | BigInt(g),
    0n,
  );
}
