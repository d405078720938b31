/**
 * Reads an IANA TLS cipher-suite name (TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA) as its parts, so that
 * 'RSA' there is read as the authentication method, not as an RSA key of the finding, and the
 * trailing 'SHA' as the HMAC of the record layer, not as a SHA-1 signature.
 */
import { AlgorithmFamily, FindingType, Severity } from './finding-types';

export interface CipherSuite {
  keyExchange: string;
  authentication: string;
  cipher: string;
  aead: boolean;
}

export interface SuiteVerdict {
  type: FindingType;
  family: AlgorithmFamily;
  severity: Severity;
  /** Every TLS 1.2 key exchange (RSA, DHE, ECDHE) falls to Shor. */
  quantumVulnerable: boolean;
}

/** Matches a whole suite name inside longer text; used once per text, never per table row. */
export const CIPHER_SUITE_PATTERN =
  /(?<![a-z0-9])(?:tls|ssl)_[a-z0-9_]{0,60}?with_[a-z0-9_]{1,60}/gi;

export function parseCipherSuite(name: string): CipherSuite | undefined {
  const match = /^(?:tls|ssl)_(?:(.+?)_)?with_(.+)$/i.exec(name.trim());
  if (!match) return undefined;
  const [kx = 'rsa', auth = kx] = (match[1] ?? '').toLowerCase().split('_');
  const cipher = match[2].toLowerCase();
  return {
    keyExchange: kx === '' ? 'tls13' : kx,
    authentication: auth,
    cipher,
    aead: /gcm|ccm|chacha20_poly1305/.test(cipher),
  };
}

/** The one problem a suite stands for, worst first: cipher, key transport, CBC mode, key exchange. */
export function assessCipherSuite(suite: CipherSuite): SuiteVerdict {
  const quantumVulnerable = suite.keyExchange !== 'tls13';
  const verdict = (type: FindingType, family: AlgorithmFamily, severity: Severity) => ({
    type,
    family,
    severity,
    quantumVulnerable,
  });
  const { cipher } = suite;
  if (/^null|_null_|export|anon/.test(`${cipher}_${suite.keyExchange}_${suite.authentication}`))
    return verdict('weak_cipher', 'NULL', 'critical');
  if (/3des|des_ede/.test(cipher)) return verdict('weak_cipher', '3DES', 'high');
  if (/(?:^|_)des(?:_|$)|des40|des_cbc/.test(cipher)) return verdict('weak_cipher', 'DES', 'high');
  if (/rc4|rc2/.test(cipher)) return verdict('weak_cipher', 'RC4', 'high');
  if (suite.keyExchange === 'rsa' && suite.authentication === 'rsa')
    return verdict('rsa_key_transport', 'RSA', 'high');
  if (!suite.aead) return verdict('tls_cbc_suite', 'CBC', 'medium');
  if (!quantumVulnerable) return verdict('acceptable_algorithm', 'AES', 'info');
  const family: AlgorithmFamily = suite.keyExchange.startsWith('ec') ? 'ECDH' : 'DH';
  const type = family === 'ECDH' ? 'quantum_vulnerable_ecc' : 'quantum_vulnerable_dh';
  return verdict(type, family, 'medium');
}
