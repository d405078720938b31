/**
 * The CBOM document's shape: its envelope, every cryptographic-asset component (nested ones
 * included) and where each asset lives (evidence occurrences or host/port properties).
 */
import { FindingValidationError } from '../normalise-findings';
import {
  asArray,
  asObject,
  asString,
  compact,
  integerOf,
  invalid,
  isObject,
  JsonObject,
} from './cbom-json';

const ACCEPTED_SPEC_VERSIONS: readonly unknown[] = ['1.6', '1.7'];

export interface Location {
  assetId?: string;
  host?: string;
  port?: number;
  /** The occurrence's file path when that is all the CBOM says of where the asset lives. */
  path?: string;
}

export interface CryptoAsset {
  bomRef?: string;
  name: string;
  assetType: string;
  crypto: JsonObject;
  location: Location;
}

export function validateEnvelope(cbom: unknown): unknown[] {
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
export function collectCryptoAssets(components: unknown[]): CryptoAsset[] {
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

export function locationOf(component: JsonObject): Location {
  const fromProperties = propertyLocation(component);
  const occurrence = asObject(asArray(asObject(component.evidence)?.occurrences)[0]);
  const where = fromProperties.location ?? asString(occurrence?.location);
  const endpoint = where === undefined ? {} : endpointOf(where);
  const host = fromProperties.host ?? endpoint.host;
  // A source file (with its line) is where the asset is; the line is dropped from its identity.
  const path =
    fromProperties.assetId === undefined && host === undefined && where !== undefined
      ? where
      : undefined;
  return compact({
    assetId: fromProperties.assetId ?? where,
    host,
    port: fromProperties.port ?? endpoint.port,
    path,
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

export function portOf(value: string): number | undefined {
  const port = integerOf(value);
  return port !== undefined && port >= 1 && port <= 65535 ? port : undefined;
}
