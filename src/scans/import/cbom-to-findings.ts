/**
 * Reads a CycloneDX 1.6 / 1.7 CBOM and turns its cryptographic assets into native findings:
 * one per certificate, per key, per protocol version (plus one for weak cipher suites) and per
 * algorithm that no certificate or key finding already covers. Ids are left out so that
 * normaliseFindings numbers every finding the same way (f_001, ...); the bom-ref goes into
 * details.bomRef. Unknown fields are ignored, as CycloneDX consumers must.
 */
import { MAX_FINDINGS, NativeFindingInput } from './normalise-findings';
import { algorithmFinding } from './cbom/cbom-algorithms';
import { certificateFinding } from './cbom/cbom-certificates';
import { collectCryptoAssets, CryptoAsset, validateEnvelope } from './cbom/cbom-document';
import { invalid } from './cbom/cbom-json';
import { protocolFindings } from './cbom/cbom-protocols';
import { keyMaterialFinding } from './cbom/cbom-related-material';
import {
  Context,
  coverageOf,
  isReportedAlgorithm,
  isReportedKeyMaterial,
} from './cbom/cbom-references';

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
