/** Algorithm assets, and the key facts that certificates and key material borrow from them. */
import { Classification, SEVERITY_RANK, classifyFinding } from '../classify-finding';
import { NativeFindingInput } from '../normalise-findings';
import { CryptoAsset } from './cbom-document';
import { asObject, asString, compact, integerOf } from './cbom-json';
import { algorithmRefOf, Context, materialPropsOf } from './cbom-references';

/** What is known of a key: from a related-crypto-material component and/or its algorithm. */
export interface KeyFacts {
  algorithm?: string;
  keySize?: number;
  curve?: string;
  nistQuantumSecurityLevel?: number;
}

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
export function keyFactsOf(asset: CryptoAsset | undefined, ctx: Context): KeyFacts {
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
export function isSizedFamily(name: string): boolean {
  return /(?<![a-z]-?)(?:rsa|dsa|dhe?|ffdhe|elgamal|aes|camellia|ecdsa|ecdhe?|ecc?)(?![a-z])/i.test(
    name,
  );
}

function sizeInName(name: string): number | undefined {
  return integerOf(/(?:rsa|dsa|dhe?|aes)[-_ :]?(\d{3,5})(?!\d)/i.exec(name)?.[1]);
}

export function classifyKey(key: KeyFacts, now: Date): Classification {
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
export function keyLabel(key: KeyFacts): string {
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

export function algorithmFinding(asset: CryptoAsset, ctx: Context): NativeFindingInput {
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
