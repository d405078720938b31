/** Related crypto material: keys (public, private, secret) reported as their own findings. */
import { NativeFindingInput } from '../normalise-findings';
import { classifyKey, keyFactsOf, keyLabel } from './cbom-algorithms';
import { CryptoAsset } from './cbom-document';
import { asString, compact } from './cbom-json';
import { algorithmRefOf, Context, materialPropsOf } from './cbom-references';

export function keyMaterialFinding(asset: CryptoAsset, ctx: Context): NativeFindingInput {
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
