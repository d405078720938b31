/** Certificate assets: one finding per certificate, named after its worst aspect. */
import { Classification, classifyFinding, worstOf } from '../classify-finding';
import { NativeFindingInput } from '../normalise-findings';
import { classifyKey, KeyFacts, keyFactsOf, keyLabel } from './cbom-algorithms';
import { CryptoAsset } from './cbom-document';
import { asString, compact } from './cbom-json';
import {
  certificatePropsOf,
  Context,
  signatureAlgorithmRefOf,
  subjectKeyRefOf,
} from './cbom-references';

type CertificateAspect = 'key' | 'signature' | 'validity';

export function certificateFinding(cert: CryptoAsset, ctx: Context): NativeFindingInput {
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
