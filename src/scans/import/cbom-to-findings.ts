/**
 * Reads a CycloneDX 1.6 / 1.7 CBOM and turns its cryptographic assets into native findings:
 * one per certificate, per key, per protocol version (plus one for weak cipher suites) and per
 * algorithm that no certificate or key finding already covers. Ids are left out so that
 * normaliseFindings numbers every finding the same way (f_001, ...); the bom-ref goes into
 * details.bomRef. Unknown fields are ignored, as CycloneDX consumers must.
 */
import { Classification, SEVERITY_RANK, classifyFinding, worstOf } from './classify-finding';
import { FindingValidationError, MAX_FINDINGS, NativeFindingInput } from './normalise-findings';

type JsonObject = Record<string, unknown>;

const ACCEPTED_SPEC_VERSIONS: readonly unknown[] = ['1.6', '1.7'];
const KEY_MATERIAL_TYPES = new Set(['key', 'public-key', 'private-key', 'secret-key']);
const MAX_LISTED_SUITES = 50;

interface Location {
  assetId?: string;
  host?: string;
  port?: number;
}

interface CryptoAsset {
  bomRef?: string;
  name: string;
  assetType: string;
  crypto: JsonObject;
  location: Location;
}

interface Context {
  byRef: Map<string, CryptoAsset>;
  /** Refs whose facts already appear in a certificate or key finding. */
  coveredRefs: Set<string>;
  /** Refs a protocol uses: those algorithms are reported even when a certificate covers them. */
  protocolRefs: Set<string>;
  now: Date;
}

/** What is known of a key: from a related-crypto-material component and/or its algorithm. */
interface KeyFacts {
  algorithm?: string;
  keySize?: number;
  curve?: string;
  nistQuantumSecurityLevel?: number;
}

export function cbomToFindings(cbom: unknown, now: Date = new Date()): NativeFindingInput[] {
  const assets = collectCryptoAssets(validateEnvelope(cbom));
  if (assets.length === 0) {
    throw invalid('cbom.components', 'contains no cryptographic-asset component');
  }
  const byRef = new Map(assets.filter((a) => a.bomRef).map((a) => [a.bomRef as string, a]));
  const ctx: Context = { byRef, ...coverageOf(assets, byRef), now };
  const findings: NativeFindingInput[] = [];
  for (const asset of assets) {
    findings.push(...findingsFor(asset, ctx));
    if (findings.length > MAX_FINDINGS) {
      throw invalid('cbom.components', `more than ${MAX_FINDINGS} findings`);
    }
  }
  return findings;
}

function findingsFor(asset: CryptoAsset, ctx: Context): NativeFindingInput[] {
  switch (asset.assetType) {
    case 'certificate':
      return [certificateFinding(asset, ctx)];
    case 'related-crypto-material':
      return isReportedKeyMaterial(asset, ctx.coveredRefs) ? [keyMaterialFinding(asset, ctx)] : [];
    case 'algorithm':
      return isReportedAlgorithm(asset, ctx) ? [algorithmFinding(asset, ctx)] : [];
    case 'protocol':
      return protocolFindings(asset, ctx);
    default:
      return [];
  }
}

// ---------------------------------------------------------------------------------------------
// Document shape

function validateEnvelope(cbom: unknown): unknown[] {
  if (!isObject(cbom)) throw invalid('cbom', 'must be a CycloneDX JSON object');
  const errors: { field: string; message: string }[] = [];
  if (cbom.bomFormat !== 'CycloneDX') {
    errors.push({ field: 'cbom.bomFormat', message: 'must be "CycloneDX"' });
  }
  if (!ACCEPTED_SPEC_VERSIONS.includes(cbom.specVersion)) {
    errors.push({ field: 'cbom.specVersion', message: 'must be "1.6" or "1.7"' });
  }
  if (!Array.isArray(cbom.components)) {
    errors.push({ field: 'cbom.components', message: 'must be an array' });
  }
  if (errors.length > 0) throw new FindingValidationError(errors);
  return cbom.components as unknown[];
}

/**
 * Every cryptographic-asset component, nested ones included, in document order. Iterative, so
 * that deeply nested documents cannot exhaust the stack. A crypto asset without its own location
 * takes the nearest enclosing component's (a service component naming the host, for instance).
 */
function collectCryptoAssets(components: unknown[]): CryptoAsset[] {
  const assets: CryptoAsset[] = [];
  const stack = components.map((component) => ({ component, inherited: {} })).reverse();
  while (stack.length > 0) {
    const { component, inherited } = stack.pop() as { component: unknown; inherited: Location };
    if (!isObject(component)) continue;
    const own = locationOf(component);
    const location = Object.keys(own).length > 0 ? own : inherited;
    if (component.type === 'cryptographic-asset') assets.push(toCryptoAsset(component, location));
    const children = asArray(component.components).map((child) => ({
      component: child,
      inherited: location,
    }));
    stack.push(...children.reverse());
  }
  return assets;
}

function toCryptoAsset(component: JsonObject, location: Location): CryptoAsset {
  const crypto = asObject(component.cryptoProperties) ?? {};
  const bomRef = asString(component['bom-ref']);
  const family = asString(asObject(crypto.algorithmProperties)?.algorithmFamily);
  return {
    bomRef,
    name: asString(component.name) ?? family ?? bomRef ?? 'unnamed asset',
    assetType: asString(crypto.assetType) ?? '',
    crypto,
    location,
  };
}

// ---------------------------------------------------------------------------------------------
// References between assets (1.6 *Ref fields; 1.7 relatedCryptographicAssets)

function certificatePropsOf(asset: CryptoAsset): JsonObject {
  return asObject(asset.crypto.certificateProperties) ?? {};
}

function materialPropsOf(asset: CryptoAsset): JsonObject {
  return asObject(asset.crypto.relatedCryptoMaterialProperties) ?? {};
}

function relatedRefs(props: JsonObject, type: RegExp): string[] {
  const related = props.relatedCryptographicAssets;
  // The schema says array; some 1.7 producers wrap it as {assets: [...]}.
  const entries = Array.isArray(related) ? related : asArray(asObject(related)?.assets);
  return entries
    .filter((entry) => isObject(entry) && type.test(asString(entry.type) ?? ''))
    .map((entry) => asString((entry as JsonObject).ref))
    .filter((ref): ref is string => ref !== undefined);
}

function subjectKeyRefOf(cert: CryptoAsset): string | undefined {
  const props = certificatePropsOf(cert);
  return asString(props.subjectPublicKeyRef) ?? relatedRefs(props, /key/i)[0];
}

function signatureAlgorithmRefOf(cert: CryptoAsset): string | undefined {
  const props = certificatePropsOf(cert);
  return asString(props.signatureAlgorithmRef) ?? relatedRefs(props, /sign|algorithm/i)[0];
}

function algorithmRefOf(material: CryptoAsset): string | undefined {
  const props = materialPropsOf(material);
  return asString(props.algorithmRef) ?? relatedRefs(props, /algorithm/i)[0];
}

function protocolRefsOf(protocol: CryptoAsset): string[] {
  const props = asObject(protocol.crypto.protocolProperties) ?? {};
  const suiteRefs = asArray(props.cipherSuites).flatMap((s) => asArray(asObject(s)?.algorithms));
  return [...suiteRefs, ...asArray(props.cryptoRefArray), ...relatedRefs(props, /.*/)].filter(
    (ref): ref is string => typeof ref === 'string',
  );
}

/**
 * An algorithm or key already described by a certificate (or an algorithm by a key finding) is
 * not reported again on its own, unless a protocol also uses it: then it matters beyond that
 * certificate.
 */
function coverageOf(
  assets: CryptoAsset[],
  byRef: Map<string, CryptoAsset>,
): { coveredRefs: Set<string>; protocolRefs: Set<string> } {
  const coveredRefs = new Set<string>();
  const cover = (ref: string | undefined) => ref !== undefined && coveredRefs.add(ref);
  for (const cert of assets.filter((a) => a.assetType === 'certificate')) {
    const keyRef = subjectKeyRefOf(cert);
    cover(keyRef);
    const key = keyRef === undefined ? undefined : byRef.get(keyRef);
    if (key?.assetType === 'related-crypto-material') cover(algorithmRefOf(key));
    cover(signatureAlgorithmRefOf(cert));
  }
  for (const material of assets.filter((a) => a.assetType === 'related-crypto-material')) {
    if (isReportedKeyMaterial(material, coveredRefs)) cover(algorithmRefOf(material));
  }
  const protocolRefs = new Set(
    assets.filter((a) => a.assetType === 'protocol').flatMap(protocolRefsOf),
  );
  return { coveredRefs, protocolRefs };
}

function isCovered(asset: CryptoAsset, coveredRefs: Set<string>): boolean {
  return asset.bomRef !== undefined && coveredRefs.has(asset.bomRef);
}

/** Keys only: nonces, salts, digests and the like say nothing about quantum readiness. */
function isReportedKeyMaterial(asset: CryptoAsset, coveredRefs: Set<string>): boolean {
  const type = asString(materialPropsOf(asset).type);
  return !isCovered(asset, coveredRefs) && (type === undefined || KEY_MATERIAL_TYPES.has(type));
}

function isReportedAlgorithm(asset: CryptoAsset, ctx: Context): boolean {
  if (!isCovered(asset, ctx.coveredRefs)) return true;
  return asset.bomRef !== undefined && ctx.protocolRefs.has(asset.bomRef);
}

// ---------------------------------------------------------------------------------------------
// Keys and algorithms

function algorithmFacts(algorithm: CryptoAsset): KeyFacts {
  const props = asObject(algorithm.crypto.algorithmProperties) ?? {};
  const family = asString(props.algorithmFamily);
  const parameterSet = asString(props.parameterSetIdentifier);
  const sized = isSizedFamily(`${algorithm.name} ${family ?? ''}`);
  return {
    algorithm: algorithm.name,
    keySize: sized ? (integerOf(parameterSet) ?? sizeInName(algorithm.name)) : undefined,
    curve: asString(props.ellipticCurve) ?? asString(props.curve),
    nistQuantumSecurityLevel: integerOf(props.nistQuantumSecurityLevel),
  };
}

/** Key facts from what a certificate's subjectPublicKeyRef (or a key itself) points to. */
function keyFactsOf(asset: CryptoAsset | undefined, ctx: Context): KeyFacts {
  if (asset === undefined) return {};
  if (asset.assetType === 'algorithm') return algorithmFacts(asset);
  const algorithmRef = algorithmRefOf(asset);
  const algorithm = algorithmRef === undefined ? undefined : ctx.byRef.get(algorithmRef);
  const fromAlgorithm = algorithm?.assetType === 'algorithm' ? algorithmFacts(algorithm) : {};
  return {
    ...fromAlgorithm,
    algorithm: fromAlgorithm.algorithm ?? asset.name,
    keySize: integerOf(materialPropsOf(asset).size) ?? fromAlgorithm.keySize,
  };
}

/** RSA, DSA, DH and AES take a bit size; ML-DSA-65's '65' or SHA-256's '256' are not key sizes. */
function isSizedFamily(name: string): boolean {
  return /(?<![a-z]-?)(?:rsa|dsa|dhe?|ffdhe|elgamal|aes|camellia|ecdsa|ecdhe?|ecc?)(?![a-z])/i.test(
    name,
  );
}

function sizeInName(name: string): number | undefined {
  return integerOf(/(?:rsa|dsa|dhe?|aes)[-_ :]?(\d{3,5})(?!\d)/i.exec(name)?.[1]);
}

function classifyKey(key: KeyFacts, now: Date): Classification {
  const text = [key.algorithm, key.curve].filter(Boolean).join(' ');
  const classification = classifyFinding({ algorithm: text, keySize: key.keySize }, now);
  return withQuantumLevel(classification, key.nistQuantumSecurityLevel);
}

/**
 * The CBOM's own nistQuantumSecurityLevel refines the name-based verdict: 0 means no NIST
 * category is met (quantum-vulnerable); 1 or more vouches for an algorithm we don't recognise.
 */
function withQuantumLevel(c: Classification, level: number | undefined): Classification {
  const unrecognised = c.category === 'other' && c.severity === 'low';
  if (level === 0) {
    const mild = SEVERITY_RANK[c.severity] > SEVERITY_RANK.medium || c.category === 'pqc_safe';
    return mild
      ? { severity: 'medium', quantumVulnerable: true, category: 'quantum_vulnerable' }
      : { ...c, quantumVulnerable: true };
  }
  if (level !== undefined && level >= 1 && unrecognised) {
    return { severity: 'info', quantumVulnerable: false, category: 'pqc_safe' };
  }
  return c;
}

/** 'RSA' + 1024 → 'RSA-1024'; 'ECDSA' + secp256r1 → 'ECDSA secp256r1'; 'RSA-2048' stays. */
function keyLabel(key: KeyFacts): string {
  const base = key.algorithm ?? 'Unknown';
  if (key.curve && !base.toLowerCase().includes(key.curve.toLowerCase())) {
    return `${base} ${key.curve}`;
  }
  const size = key.keySize;
  if (size !== undefined && !base.includes(String(size)) && isSizedFamily(base)) {
    return `${base}-${size}`;
  }
  return base;
}

const PRIMITIVE_NOUNS: Record<string, string> = {
  pke: 'public-key encryption',
  signature: 'signature algorithm',
  kem: 'key encapsulation',
  hash: 'hash',
  'block-cipher': 'block cipher',
  'stream-cipher': 'stream cipher',
  ae: 'authenticated encryption',
  mac: 'MAC',
  'key-agree': 'key agreement',
  kdf: 'key derivation function',
  xof: 'extendable-output function',
  drbg: 'random bit generator',
  'key-wrap': 'key wrap',
  combiner: 'combiner',
};

function algorithmFinding(asset: CryptoAsset, ctx: Context): NativeFindingInput {
  const props = asObject(asset.crypto.algorithmProperties) ?? {};
  const primitive = asString(props.primitive);
  const facts = algorithmFacts(asset);
  const noun = PRIMITIVE_NOUNS[primitive ?? ''] ?? 'algorithm';
  return {
    title: `${keyLabel(facts)} ${noun} in use`,
    ...classifyKey(facts, ctx.now),
    algorithm: asset.name,
    keySize: facts.keySize,
    ...asset.location,
    details: compact({
      source: 'cbom',
      bomRef: asset.bomRef,
      assetType: 'algorithm',
      primitive,
      parameterSetIdentifier: asString(props.parameterSetIdentifier),
      curve: facts.curve,
      classicalSecurityLevel: integerOf(props.classicalSecurityLevel),
      nistQuantumSecurityLevel: facts.nistQuantumSecurityLevel,
      oid: asString(asset.crypto.oid),
    }),
  };
}

function keyMaterialFinding(asset: CryptoAsset, ctx: Context): NativeFindingInput {
  const type = asString(materialPropsOf(asset).type);
  const key = keyFactsOf(asset, ctx);
  return {
    title: `${keyLabel(key)} ${type === undefined ? 'key' : type.replace('-', ' ')}`,
    ...classifyKey(key, ctx.now),
    algorithm: key.algorithm,
    keySize: key.keySize,
    ...asset.location,
    details: compact({
      source: 'cbom',
      bomRef: asset.bomRef,
      assetType: 'related-crypto-material',
      materialType: type,
      curve: key.curve,
      algorithmRef: algorithmRefOf(asset),
      expirationDate: asString(materialPropsOf(asset).expirationDate),
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// Certificates

type CertificateAspect = 'key' | 'signature' | 'validity';

function certificateFinding(cert: CryptoAsset, ctx: Context): NativeFindingInput {
  const props = certificatePropsOf(cert);
  const subjectName = asString(props.subjectName);
  const issuerName = asString(props.issuerName);
  const keyRef = subjectKeyRefOf(cert);
  const key = keyFactsOf(keyRef === undefined ? undefined : ctx.byRef.get(keyRef), ctx);
  const signatureRef = signatureAlgorithmRefOf(cert);
  const signatureAlgorithm =
    signatureRef === undefined ? undefined : ctx.byRef.get(signatureRef)?.name;
  const notAfter = asString(props.notValidAfter);
  const selfSigned =
    subjectName !== undefined && issuerName !== undefined && sameName(subjectName, issuerName);

  const aspects = certificateAspects(key, signatureAlgorithm, notAfter, selfSigned, ctx.now);
  const classification = worstOf([...aspects.values()]);
  const dominant = [...aspects.entries()].find(
    ([, c]) => c.severity === classification.severity && c.category === classification.category,
  )?.[0];
  const subject = subjectLabel(subjectName, cert.name);
  const facts = { key, signatureAlgorithm, notAfter, selfSigned, subject, now: ctx.now };
  return {
    title: certificateTitle(dominant, facts),
    ...classification,
    algorithm: key.algorithm,
    keySize: key.keySize,
    ...cert.location,
    details: compact({
      source: 'cbom',
      bomRef: cert.bomRef,
      assetType: 'certificate',
      subjectName,
      issuerName,
      notBefore: asString(props.notValidBefore),
      notAfter,
      signatureAlgorithm,
      selfSigned,
      curve: key.curve,
    }),
  };
}

/** Each aspect on its own, key first: on equal severity the key names the finding. */
function certificateAspects(
  key: KeyFacts,
  signatureAlgorithm: string | undefined,
  notAfter: string | undefined,
  selfSigned: boolean,
  now: Date,
): Map<CertificateAspect, Classification> {
  const aspects = new Map<CertificateAspect, Classification>();
  if (key.algorithm !== undefined) aspects.set('key', classifyKey(key, now));
  if (signatureAlgorithm !== undefined) {
    aspects.set('signature', classifyFinding({ signatureAlgorithm }, now));
  }
  const validity = classifyFinding({ notAfter, selfSigned }, now);
  if (validity.category === 'certificate') aspects.set('validity', validity);
  return aspects;
}

interface CertificateFacts {
  key: KeyFacts;
  signatureAlgorithm?: string;
  notAfter?: string;
  selfSigned: boolean;
  subject: string;
  now: Date;
}

function certificateTitle(aspect: CertificateAspect | undefined, facts: CertificateFacts): string {
  const { subject } = facts;
  if (aspect === 'signature' && facts.signatureAlgorithm !== undefined) {
    return `${hashOfSignature(facts.signatureAlgorithm)} signature on certificate ${subject}`;
  }
  if (aspect === 'validity') return validityTitle(facts);
  if (facts.key.algorithm !== undefined) return `${keyLabel(facts.key)} certificate (${subject})`;
  return `Certificate (${subject})`;
}

function validityTitle({ notAfter, selfSigned, subject, now }: CertificateFacts): string {
  const expiry = notAfter === undefined ? NaN : Date.parse(notAfter);
  if (expiry <= now.getTime()) return `Expired certificate (${subject})`;
  if (!Number.isNaN(expiry) && !selfSigned) {
    return `Certificate ${subject} expires on ${new Date(expiry).toISOString().slice(0, 10)}`;
  }
  return `Self-signed certificate (${subject})`;
}

/** 'sha1WithRSAEncryption' → 'SHA-1'; names without a known weak hash stay as they are. */
function hashOfSignature(signatureAlgorithm: string): string {
  if (/md5/i.test(signatureAlgorithm)) return 'MD5';
  if (/md2/i.test(signatureAlgorithm)) return 'MD2';
  if (/sha-?1(?!\d)/i.test(signatureAlgorithm)) return 'SHA-1';
  return signatureAlgorithm;
}

/** 'C = US, CN = api.example.com' → 'CN=api.example.com'; otherwise the whole name. */
function subjectLabel(subjectName: string | undefined, fallback: string): string {
  const commonName = /(?:^|[,/+])\s*CN\s*=\s*([^,/+]+)/i.exec(subjectName ?? '')?.[1]?.trim();
  if (commonName) return `CN=${commonName}`;
  return subjectName ?? fallback;
}

/** Distinguished names compared without the spacing that tools differ on. */
function sameName(a: string, b: string): boolean {
  const canonical = (name: string) =>
    name
      .toLowerCase()
      .replace(/\s*([=,/+])\s*/g, '$1')
      .trim();
  return canonical(a) === canonical(b);
}

// ---------------------------------------------------------------------------------------------
// Protocols

const PROTOCOL_LABELS: Record<string, string> = {
  tls: 'TLS',
  ssl: 'SSL',
  dtls: 'DTLS',
  ssh: 'SSH',
  ipsec: 'IPsec',
  ike: 'IKE',
  quic: 'QUIC',
  sstp: 'SSTP',
  wpa: 'WPA',
};

interface ProtocolFacts {
  asset: CryptoAsset;
  protocol: string;
  label: string;
  versions: string[];
  suites: string[];
  tlsGroups: string[];
}

function protocolFindings(asset: CryptoAsset, ctx: Context): NativeFindingInput[] {
  const props = asObject(asset.crypto.protocolProperties) ?? {};
  const protocol = protocolTypeOf(asset, props);
  const versions = protocolVersionsOf(asset, props);
  const suites = asArray(props.cipherSuites).map((s) => asString(asObject(s)?.name));
  const facts: ProtocolFacts = {
    asset,
    protocol,
    label: PROTOCOL_LABELS[protocol] ?? asset.name,
    versions,
    suites: suites.filter((s): s is string => s !== undefined),
    tlsGroups: asArray(props.cipherSuites)
      .flatMap((s) => asArray(asObject(s)?.tlsGroups))
      .filter((g): g is string => typeof g === 'string'),
  };
  const findings = (versions.length > 0 ? versions : [undefined]).map((version) =>
    protocolVersionFinding(facts, version, ctx.now),
  );
  const weakSuites = facts.suites.filter((suite) => isWeakSuite(suite, ctx.now));
  if (weakSuites.length > 0) findings.push(weakSuitesFinding(facts, weakSuites, ctx.now));
  return findings;
}

/** CycloneDX has no 'ssl' type, so SSL 3.0 shows up in the component's name ('SSLv3'). */
function protocolTypeOf(asset: CryptoAsset, props: JsonObject): string {
  if (/(?<![a-z])ssl/i.test(asset.name)) return 'ssl';
  const declared = asString(props.type)?.toLowerCase();
  if (declared && declared !== 'unknown' && declared !== 'other') return declared;
  return /(?<![a-z])(d?tls|ssh|ipsec|ike|quic)/i.exec(asset.name)?.[1]?.toLowerCase() ?? 'unknown';
}

/** '1.0', 'v1.1', '1.0, 1.1', or failing those the name ('TLSv1.2'); '1' reads as '1.0'. */
function protocolVersionsOf(asset: CryptoAsset, props: JsonObject): string[] {
  const declared = asString(props.version);
  const fromName = /(?:tls|ssl|ssh)\s*v?\s*(\d(?:\.\d)?)(?!\d)/i.exec(asset.name)?.[1];
  const raw = declared ?? fromName ?? '';
  return raw
    .split(/[\s,;/]+/)
    .map((v) => v.replace(/^v/i, ''))
    .filter((v) => /^\d+(?:\.\d+)?$/.test(v))
    .map((v) => (v.includes('.') ? v : `${v}.0`));
}

function protocolVersionFinding(
  facts: ProtocolFacts,
  version: string | undefined,
  now: Date,
): NativeFindingInput {
  const { asset, protocol, label } = facts;
  return {
    title: version === undefined ? `${label} enabled` : `${label} ${version} enabled`,
    ...classifyFinding({ protocol, protocolVersion: version }, now),
    ...asset.location,
    details: compact({
      source: 'cbom',
      bomRef: asset.bomRef,
      assetType: 'protocol',
      protocol,
      protocolVersion: version,
      cipherSuites: facts.suites.length > 0 ? facts.suites.slice(0, MAX_LISTED_SUITES) : undefined,
      tlsGroups: facts.tlsGroups.length > 0 ? [...new Set(facts.tlsGroups)] : undefined,
    }),
  };
}

/** 3DES, DES, RC4, NULL or MD5 in a suite: high or worse on the cipher or hash. */
function isWeakSuite(suite: string, now: Date): boolean {
  const c = classifyFinding({ algorithm: suite }, now);
  const weakPart = c.category === 'weak_cipher' || c.category === 'weak_hash';
  return weakPart && SEVERITY_RANK[c.severity] <= SEVERITY_RANK.high;
}

function weakSuitesFinding(
  facts: ProtocolFacts,
  weakSuites: string[],
  now: Date,
): NativeFindingInput {
  const listed = weakSuites.slice(0, 3).join(', ');
  const more = weakSuites.length > 3 ? ` and ${weakSuites.length - 3} more` : '';
  const over = [facts.label, ...facts.versions].join(' ');
  return {
    title: `Weak cipher suites offered over ${over}: ${listed}${more}`,
    ...worstOf(weakSuites.map((suite) => classifyFinding({ algorithm: suite }, now))),
    algorithm: weakSuites[0],
    ...facts.asset.location,
    details: compact({
      source: 'cbom',
      bomRef: facts.asset.bomRef,
      assetType: 'protocol',
      protocol: facts.protocol,
      weakCipherSuites: weakSuites.slice(0, MAX_LISTED_SUITES),
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// Location: evidence.occurrences[0].location, or properties named like host / port / asset

function locationOf(component: JsonObject): Location {
  const fromProperties = propertyLocation(component);
  const occurrence = asObject(asArray(asObject(component.evidence)?.occurrences)[0]);
  const where = fromProperties.location ?? asString(occurrence?.location);
  const endpoint = where === undefined ? {} : endpointOf(where);
  return compact({
    assetId: fromProperties.assetId ?? where,
    host: fromProperties.host ?? endpoint.host,
    port: fromProperties.port ?? endpoint.port,
  });
}

function propertyLocation(component: JsonObject): Location & { location?: string } {
  const found: Location & { location?: string } = {};
  for (const property of asArray(component.properties)) {
    const name = asString(asObject(property)?.name)?.toLowerCase() ?? '';
    const value = asString(asObject(property)?.value);
    if (value === undefined || value.trim() === '') continue;
    if (/(?:^|[:._-])(?:host|hostname)$/.test(name)) found.host ??= value;
    else if (/(?:^|[:._-])port$/.test(name)) found.port ??= portOf(value);
    else if (/(?:^|[:._-])asset(?:[-_]?id)?$/.test(name)) found.assetId ??= value;
    else if (/(?:^|[:._-])location$/.test(name)) found.location ??= value;
  }
  return found;
}

/** Host and port only from an unmistakable endpoint ('https://h:443/x', 'h:8443'), not a path. */
function endpointOf(where: string): { host?: string; port?: number } {
  const hostPort = /^([a-z0-9.-]+|\[[0-9a-f:]+\]):(\d{1,5})$/i.exec(where);
  if (hostPort) return { host: hostPort[1].replace(/^\[|\]$/g, ''), port: portOf(hostPort[2]) };
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(where)) return {};
  try {
    const url = new URL(where);
    return { host: url.hostname.replace(/^\[|\]$/g, ''), port: portOf(url.port) };
  } catch {
    return {};
  }
}

function portOf(value: string): number | undefined {
  const port = integerOf(value);
  return port !== undefined && port >= 1 && port <= 65535 ? port : undefined;
}

// ---------------------------------------------------------------------------------------------
// JSON helpers

function invalid(field: string, message: string): FindingValidationError {
  return new FindingValidationError([{ field, message }]);
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asObject(value: unknown): JsonObject | undefined {
  return isObject(value) ? value : undefined;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function integerOf(value: unknown): number | undefined {
  const number = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) ? number : undefined;
}

function compact(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));
}
