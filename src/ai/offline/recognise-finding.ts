import { ExplainableFinding, Exposure } from './explainable-finding';

export type FindingType =
  | 'weak_rsa'
  | 'quantum_vulnerable_rsa'
  | 'quantum_vulnerable_ecc'
  | 'sha1_signature'
  | 'md5_hash'
  | 'legacy_tls'
  | 'weak_cipher'
  | 'certificate_expiry'
  | 'self_signed_certificate'
  | 'no_hybrid_kex'
  | 'unknown';

const MIN_RSA_BITS = 2048;
const EXPIRY_WARNING_DAYS = 30;
const DAY_MS = 86_400_000;
// Bounds the regex work on untrusted free text.
const MAX_TEXT_CHARS = 8_000;

const RSA = /\brsa(?:ssa|es)?\b|rsaencryption/;
const RSA_SIZE_AFTER_NAME = /\brsa[\s:-]*(\d{3,5})\b/;
const SIZE_IN_BITS = /\b(\d{3,5})[\s-]*bits?\b/;
const MD5 = /\bmd5(?:\b|with)/;
const SHA1 = /\bsha[\s-]?1(?:\b|with)/;
const LEGACY_TLS = /\btls\s*v?\s*1(?:[.\s]([01]))?\b(?![.\s]\d)/;
const LEGACY_SSL = /\bssl\s*v?\s*([23])(?:[.\s]0)?\b(?![.\s]\d)/;
const WEAK_CIPHER = /\b(?:3des|des-ede3|des-cbc3|tripledes|triple[\s-]des|rc4|arcfour)\b/;
const EXPIRY =
  /\b(?:expired|expiring|about to expire|(?:expires|expiry|expiration)\s+(?:soon|imminent)|certificate expir(?:y|ation))\b/;
const SELF_SIGNED = /\bself[\s-]?signed\b/;
const HYBRID_KEX =
  /\bhybrid\b|mlkem\d*\b|\bml-kem\b|\bpost[\s-]?quantum key (?:exchange|agreement|establishment)\b/;
const ABSENCE = /\b(?:no|not|without|missing|lacks?|lacking|absent|disabled|unsupported)\b/;
const ELLIPTIC_CURVE =
  /\b(?:ecdsa|ecdhe?|eddsa|ed25519|ed448|x25519|x448|p-?256|p-?384|p-?521|secp\d{3}[rk]1|prime256v1|brainpoolp\d{3}r1|ecc|elliptic[\s-]curves?)\b/;
const POST_QUANTUM =
  /\bml-?kem\b|mlkem|\bml-?dsa\b|\bslh-?dsa\b|\bfn-?dsa\b|\blms\b|\bxmss\b|\bkyber\b|\bdilithium\b|\bsphincs/;

// A post-quantum algorithm field contradicts free text claiming a classical key weakness.
const KEY_TYPES: ReadonlySet<FindingType> = new Set<FindingType>([
  'weak_rsa',
  'quantum_vulnerable_rsa',
  'quantum_vulnerable_ecc',
]);

const KNOWN_TYPES: ReadonlySet<string> = new Set<FindingType>([
  'weak_rsa',
  'quantum_vulnerable_rsa',
  'quantum_vulnerable_ecc',
  'sha1_signature',
  'md5_hash',
  'legacy_tls',
  'weak_cipher',
  'certificate_expiry',
  'self_signed_certificate',
  'no_hybrid_kex',
]);

export function recogniseFinding(finding: ExplainableFinding, now: Date = new Date()): FindingType {
  const safe = finding ?? {};
  const structured = fromStructuredFields(safe, now);
  if (structured) return structured;
  const textual = fromCategory(safe.category) ?? fromText(findingText(safe), rsaKeySize(safe));
  if (!textual || (usesPostQuantumAlgorithm(safe) && KEY_TYPES.has(textual))) return 'unknown';
  return textual;
}

function fromStructuredFields(f: ExplainableFinding, now: Date): FindingType | undefined {
  const keyAlgorithm = normalise(f.algorithm ?? f.signatureAlgorithm);
  const signature = normalise(`${f.signatureAlgorithm ?? ''} ${f.algorithm ?? ''}`);
  if (RSA.test(keyAlgorithm) && isWeakRsaSize(rsaKeySize(f))) return 'weak_rsa';
  const hash = weakHashIn(signature);
  if (hash) return hash;
  if (isLegacyProtocol(protocolText(f))) return 'legacy_tls';
  if ([f.algorithm, ...(f.cipherSuites ?? [])].some((s) => WEAK_CIPHER.test(normalise(s))))
    return 'weak_cipher';
  if (expiresWithinWarning(f.notAfter, now)) return 'certificate_expiry';
  if (f.selfSigned === true) return 'self_signed_certificate';
  if (usesPostQuantumAlgorithm(f)) return undefined;
  if (RSA.test(keyAlgorithm)) return 'quantum_vulnerable_rsa';
  if (ELLIPTIC_CURVE.test(keyAlgorithm) || ELLIPTIC_CURVE.test(normalise(f.curve)))
    return 'quantum_vulnerable_ecc';
  return undefined;
}

function fromCategory(category: string | undefined): FindingType | undefined {
  const slug = (category ?? '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return KNOWN_TYPES.has(slug) ? (slug as FindingType) : undefined;
}

function fromText(text: string, keySize: number | undefined): FindingType | undefined {
  const mentionsRsa = RSA.test(text);
  if (mentionsRsa && isWeakRsaSize(keySize)) return 'weak_rsa';
  const hash = weakHashIn(text);
  if (hash) return hash;
  if (isLegacyProtocol(text)) return 'legacy_tls';
  if (WEAK_CIPHER.test(text)) return 'weak_cipher';
  if (EXPIRY.test(text)) return 'certificate_expiry';
  if (SELF_SIGNED.test(text)) return 'self_signed_certificate';
  if (HYBRID_KEX.test(text) && ABSENCE.test(text)) return 'no_hybrid_kex';
  if (mentionsRsa) return 'quantum_vulnerable_rsa';
  if (ELLIPTIC_CURVE.test(text)) return 'quantum_vulnerable_ecc';
  return undefined;
}

function weakHashIn(text: string): FindingType | undefined {
  if (MD5.test(text)) return 'md5_hash';
  if (SHA1.test(text)) return 'sha1_signature';
  return undefined;
}

function isLegacyProtocol(text: string): boolean {
  return LEGACY_TLS.test(text) || LEGACY_SSL.test(text);
}

function isWeakRsaSize(bits: number | undefined): boolean {
  return bits !== undefined && bits < MIN_RSA_BITS;
}

function expiresWithinWarning(notAfter: string | undefined, now: Date): boolean {
  const expiry = notAfter ? Date.parse(notAfter) : NaN;
  return Number.isFinite(expiry) && expiry - now.getTime() <= EXPIRY_WARNING_DAYS * DAY_MS;
}

function usesPostQuantumAlgorithm(f: ExplainableFinding): boolean {
  return POST_QUANTUM.test(normalise(`${f.algorithm ?? ''} ${f.signatureAlgorithm ?? ''}`));
}

/** The RSA modulus size: the keySize field first, then a size written in the algorithm or text. */
export function rsaKeySize(finding: ExplainableFinding): number | undefined {
  const { keySize } = finding;
  if (typeof keySize === 'number' && Number.isInteger(keySize) && keySize > 0 && keySize < 100_000)
    return keySize;
  return sizeInText(normalise(finding.algorithm)) ?? sizeInText(findingText(finding));
}

function sizeInText(text: string): number | undefined {
  if (!RSA.test(text)) return undefined;
  const match = RSA_SIZE_AFTER_NAME.exec(text) ?? SIZE_IN_BITS.exec(text);
  return match ? Number(match[1]) : undefined;
}

/** Protocol and version as one string; a bare version number is taken to be a TLS version. */
export function protocolText(f: ExplainableFinding): string {
  const text = normalise(`${f.protocol ?? ''} ${f.protocolVersion ?? ''}`);
  return /tls|ssl/.test(text) ? text : `tls ${text}`;
}

/** Every string of the finding, lower-cased, for pattern matching (never for output). */
export function findingText(f: ExplainableFinding): string {
  const parts = [
    f.title,
    f.category,
    f.algorithm,
    f.signatureAlgorithm,
    f.protocol,
    f.protocolVersion,
    f.curve,
    ...(Array.isArray(f.cipherSuites) ? f.cipherSuites : []),
    ...stringsIn(f.details, 3),
  ];
  return normalise(parts.filter((p) => typeof p === 'string').join(' | ')).slice(0, MAX_TEXT_CHARS);
}

function stringsIn(value: unknown, depth: number): string[] {
  if (typeof value === 'string') return [value];
  if (depth === 0 || typeof value !== 'object' || value === null) return [];
  const children = Array.isArray(value) ? value : Object.values(value);
  return children.slice(0, 50).flatMap((child) => stringsIn(child, depth - 1));
}

function normalise(value: string | undefined): string {
  return typeof value === 'string'
    ? value.toLowerCase().replace(/[_\u0000-\u001f\u007f]+/g, ' ')
    : '';
}

const EXTERNAL_NEGATED = /\b(?:not|no|never)\s+(?:internet|public|external|exposed)/;
const EXTERNAL =
  /\b(?:external(?:ly)?|internet|public(?:ly)?|edge|dmz|customer[\s-]facing|partners?)\b/;
const INTERNAL =
  /\b(?:internal(?:ly)?|intranet|labs?|dev|development|test|testing|staging|sandbox|isolated|air[\s-]?gapped|private network)\b/;
const EXPOSURE_DETAIL_KEYS = ['exposure', 'environment', 'zone', 'network'];
const PUBLIC_DETAIL_FLAGS = ['internetFacing', 'public', 'external'];
const PRIVATE_HOST =
  /^(?:localhost|127\.|10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.)|\.(?:local|internal|lan|corp|intranet|home\.arpa)$/;

/** How exposed the asset is: the context decides; without one, hints in the finding do. */
export function exposureOf(context: string | undefined, finding?: ExplainableFinding): Exposure {
  const fromContext = exposureInText(normalise(context));
  if (fromContext !== 'unspecified' || !finding) return fromContext;
  return exposureOfFinding(finding);
}

function exposureInText(text: string): Exposure {
  if (EXTERNAL_NEGATED.test(text)) return 'internal';
  // Both kinds of words present ("internal API behind the public edge"): the urgent reading wins.
  if (EXTERNAL.test(text)) return 'external';
  if (INTERNAL.test(text)) return 'internal';
  return 'unspecified';
}

function exposureOfFinding(finding: ExplainableFinding): Exposure {
  const details = finding.details ?? {};
  if (PUBLIC_DETAIL_FLAGS.some((flag) => details[flag] === true)) return 'external';
  const hints = EXPOSURE_DETAIL_KEYS.map((key) => details[key]).filter(
    (v): v is string => typeof v === 'string',
  );
  const fromDetails = exposureInText(normalise(hints.join(' ')));
  if (fromDetails !== 'unspecified') return fromDetails;
  return PRIVATE_HOST.test(normalise(finding.host).trim()) ? 'internal' : 'unspecified';
}
