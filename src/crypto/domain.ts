/**
 * Where a finding's cryptography is used. The same RSA key means different advice on an SSH
 * host, in a JWT or on a firmware signer, so the domain refines a generic verdict. Structured
 * fields (protocol, asset type, port) decide first; the title only when they say nothing.
 */
import type { CryptoFacts } from './classify';
import { MAX_TEXT_CHARS } from './limits';

export type Domain =
  | 'tls'
  | 'ssh'
  | 'ike'
  | 'jose'
  | 'kerberos'
  | 'dnssec'
  | 'openpgp'
  | 'code_signing'
  | 'repository';

/** Compiled once; order matters: the first domain named wins. */
const DOMAIN_WORDS: ReadonlyArray<[Domain, RegExp]> = [
  [
    'repository',
    /(?<![a-z0-9])(?:git(?:hub|lab)?|repo(?:sitory)?|source[-\s]code|secret[-\s]scan\w*|committed)(?![a-z0-9])/i,
  ],
  [
    'code_signing',
    /(?<![a-z0-9])(?:code[-\s_]?sign\w*|firmware|package[-\s_]sign\w*|authenticode|secure[-\s_]boot|signed\s+(?:update|release|package)s?|software\s+sign\w*)(?![a-z0-9])/i,
  ],
  [
    'jose',
    /(?<![a-z0-9])(?:jwt|jws|jwe|jose|jwk|id[-\s_]token|bearer\s+token|access\s+token)s?(?![a-z0-9])/i,
  ],
  [
    'kerberos',
    /(?<![a-z0-9])(?:kerberos|krb5?|kdc|enctypes?|active\s+directory|kerberoast\w*|tgt|service\s+tickets?)(?![a-z0-9])/i,
  ],
  [
    'dnssec',
    /(?<![a-z0-9])(?:dnssec|dnskey|rrsig|zone[-\s_]signing|ksk|zsk|ds\s+record)(?![a-z0-9])/i,
  ],
  ['openpgp', /(?<![a-z0-9])(?:open[-\s]?pgp|pgp|gpg|gnupg)(?![a-z0-9])/i],
  ['ike', /(?<![a-z0-9])(?:ike(?:v[12])?|ipsec|isakmp|strongswan|libreswan|vpn|esp)(?![a-z0-9])/i],
  [
    'ssh',
    /(?<![a-z0-9])(?:ssh[d]?|openssh|sshd_config|host\s+keys?|kexalgorithms|hostkeyalgorithms)(?![a-z0-9])/i,
  ],
  ['tls', /(?<![a-z0-9])(?:d?tls|ssl|https|cipher\s+suites?)(?![a-z0-9])/i],
];

const PORT_DOMAINS: Record<number, Domain> = {
  22: 'ssh',
  500: 'ike',
  4500: 'ike',
  88: 'kerberos',
  464: 'kerberos',
  443: 'tls',
  8443: 'tls',
};

export function domainOf(f: CryptoFacts): Domain | undefined {
  const structured = [f.protocol, f.assetType].filter((s) => typeof s === 'string').join(' ');
  return (
    wordsDomain(structured.slice(0, 200)) ??
    (typeof f.port === 'number' ? PORT_DOMAINS[f.port] : undefined) ??
    wordsDomain(typeof f.title === 'string' ? f.title.slice(0, MAX_TEXT_CHARS) : '')
  );
}

function wordsDomain(text: string): Domain | undefined {
  if (text.trim() === '') return undefined;
  return DOMAIN_WORDS.find(([, pattern]) => pattern.test(text))?.[0];
}
