/**
 * References between assets (1.6 *Ref fields; 1.7 relatedCryptographicAssets), and which assets
 * a certificate or key finding already covers.
 */
import { CryptoAsset } from './cbom-document';
import { asArray, asObject, asString, isObject, JsonObject } from './cbom-json';

const KEY_MATERIAL_TYPES = new Set(['key', 'public-key', 'private-key', 'secret-key']);

export interface Context {
  byRef: Map<string, CryptoAsset>;
  /** Refs whose facts already appear in a certificate or key finding. */
  coveredRefs: Set<string>;
  /** Refs a protocol uses: those algorithms are reported even when a certificate covers them. */
  protocolRefs: Set<string>;
  now: Date;
}

export function certificatePropsOf(asset: CryptoAsset): JsonObject {
  return asObject(asset.crypto.certificateProperties) ?? {};
}

export function materialPropsOf(asset: CryptoAsset): JsonObject {
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

export function subjectKeyRefOf(cert: CryptoAsset): string | undefined {
  const props = certificatePropsOf(cert);
  return asString(props.subjectPublicKeyRef) ?? relatedRefs(props, /key/i)[0];
}

export function signatureAlgorithmRefOf(cert: CryptoAsset): string | undefined {
  const props = certificatePropsOf(cert);
  return asString(props.signatureAlgorithmRef) ?? relatedRefs(props, /sign|algorithm/i)[0];
}

export function algorithmRefOf(material: CryptoAsset): string | undefined {
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
export function coverageOf(
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
export function isReportedKeyMaterial(asset: CryptoAsset, coveredRefs: Set<string>): boolean {
  const type = asString(materialPropsOf(asset).type);
  return !isCovered(asset, coveredRefs) && (type === undefined || KEY_MATERIAL_TYPES.has(type));
}

export function isReportedAlgorithm(asset: CryptoAsset, ctx: Context): boolean {
  if (!isCovered(asset, ctx.coveredRefs)) return true;
  return asset.bomRef !== undefined && ctx.protocolRefs.has(asset.bomRef);
}
