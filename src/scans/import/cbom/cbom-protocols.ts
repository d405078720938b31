/** Protocol assets: one finding per protocol version, plus one for its weak cipher suites. */
import { SEVERITY_RANK, classifyFinding, worstOf } from '../classify-finding';
import { NativeFindingInput } from '../normalise-findings';
import { CryptoAsset } from './cbom-document';
import { asArray, asObject, asString, compact, JsonObject } from './cbom-json';
import { Context } from './cbom-references';

const MAX_LISTED_SUITES = 50;

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

export function protocolFindings(asset: CryptoAsset, ctx: Context): NativeFindingInput[] {
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
