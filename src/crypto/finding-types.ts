/**
 * The one crypto vocabulary: finding types (what is wrong), algorithm families (with what),
 * severities, and the coarse categories the API has always exposed. Finding-type and family
 * ids are stable: fingerprints hash them, so an id is never renamed, only added.
 */

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Sort key: lower is worse. */
export const SEVERITY_RANK: Record<Severity, number> = {
  critical: 0,
  high: 1,
  medium: 2,
  low: 3,
  info: 4,
};

/** The `category` values of the public API (CONTRACT §6); derived from the finding type. */
export const FINDING_CATEGORIES = [
  'weak_key',
  'quantum_vulnerable',
  'weak_hash',
  'legacy_protocol',
  'weak_cipher',
  'certificate',
  'pqc_safe',
  'other',
] as const;
export type FindingCategory = (typeof FINDING_CATEGORIES)[number];

/**
 * Weakness classes. Evidence within a class (key size, dates, titles) never changes the type:
 * RSA-1024 and RSA-1536 are both `weak_rsa`; RSA-2048 and RSA-4096 both `quantum_vulnerable_rsa`.
 */
export const FINDING_TYPES = [
  'weak_rsa',
  'quantum_vulnerable_rsa',
  'weak_ecc',
  'quantum_vulnerable_ecc',
  'weak_dh',
  'quantum_vulnerable_dh',
  'dsa_key',
  'elgamal_key',
  'sha1_signature',
  'sha1_hash',
  'md5_hash',
  'legacy_tls',
  'weak_cipher',
  'tls_cbc_suite',
  'rsa_key_transport',
  'certificate_expiry',
  'self_signed_certificate',
  'no_hybrid_kex',
  'ssh_rsa_sha1_signature',
  'ssh_no_pq_kex',
  'ike_weak_group',
  'ikev1',
  'jwt_alg_none',
  'jwt_weak_hmac_secret',
  'jwt_quantum_vulnerable_signature',
  'kerberos_weak_enctype',
  'dnssec_weak_algorithm',
  'grover_symmetric_key',
  'quantum_vulnerable_code_signing',
  'secret_in_repository',
  'long_lived_data_classical_kex',
  'acceptable_algorithm',
  'unknown',
] as const;
export type FindingType = (typeof FINDING_TYPES)[number];

const TYPE_IDS: ReadonlySet<string> = new Set(FINDING_TYPES);

export function isFindingType(value: unknown): value is FindingType {
  return typeof value === 'string' && TYPE_IDS.has(value);
}

/** Algorithm families: the second half of a fingerprint's weakness identity. */
export const ALGORITHM_FAMILIES = [
  'RSA',
  'ECDSA',
  'ECDH',
  'EdDSA',
  'EC',
  'DH',
  'DSA',
  'ElGamal',
  'SHA1',
  'MD5',
  '3DES',
  'DES',
  'RC4',
  'NULL',
  'AES',
  'CBC',
  'HMAC',
  'SSL2.0',
  'SSL3.0',
  'TLS1.0',
  'TLS1.1',
  'IKEv1',
  'JWT',
  'X509',
  'SECRET',
  'PQC',
] as const;
export type AlgorithmFamily = (typeof ALGORITHM_FAMILIES)[number];

/** How each type shows in the API's coarse `category` field. */
export const CATEGORY_OF: Record<FindingType, FindingCategory> = {
  weak_rsa: 'weak_key',
  quantum_vulnerable_rsa: 'quantum_vulnerable',
  weak_ecc: 'weak_key',
  quantum_vulnerable_ecc: 'quantum_vulnerable',
  weak_dh: 'weak_key',
  quantum_vulnerable_dh: 'quantum_vulnerable',
  dsa_key: 'weak_key',
  elgamal_key: 'weak_key',
  sha1_signature: 'weak_hash',
  sha1_hash: 'weak_hash',
  md5_hash: 'weak_hash',
  legacy_tls: 'legacy_protocol',
  weak_cipher: 'weak_cipher',
  tls_cbc_suite: 'weak_cipher',
  rsa_key_transport: 'quantum_vulnerable',
  certificate_expiry: 'certificate',
  self_signed_certificate: 'certificate',
  no_hybrid_kex: 'quantum_vulnerable',
  ssh_rsa_sha1_signature: 'weak_hash',
  ssh_no_pq_kex: 'quantum_vulnerable',
  ike_weak_group: 'weak_key',
  ikev1: 'legacy_protocol',
  jwt_alg_none: 'other',
  jwt_weak_hmac_secret: 'weak_key',
  jwt_quantum_vulnerable_signature: 'quantum_vulnerable',
  kerberos_weak_enctype: 'weak_cipher',
  dnssec_weak_algorithm: 'weak_hash',
  grover_symmetric_key: 'pqc_safe',
  quantum_vulnerable_code_signing: 'quantum_vulnerable',
  secret_in_repository: 'other',
  long_lived_data_classical_kex: 'quantum_vulnerable',
  acceptable_algorithm: 'pqc_safe',
  unknown: 'other',
};

/** How soon: fix a classical weakness now, migrate a quantum-vulnerable one, review the rest. */
export type Urgency = 'fix_now' | 'migrate' | 'review' | 'none';

export const URGENCY_OF: Record<FindingType, Urgency> = {
  weak_rsa: 'fix_now',
  quantum_vulnerable_rsa: 'migrate',
  weak_ecc: 'fix_now',
  quantum_vulnerable_ecc: 'migrate',
  weak_dh: 'fix_now',
  quantum_vulnerable_dh: 'migrate',
  dsa_key: 'fix_now',
  elgamal_key: 'fix_now',
  sha1_signature: 'fix_now',
  sha1_hash: 'fix_now',
  md5_hash: 'fix_now',
  legacy_tls: 'fix_now',
  weak_cipher: 'fix_now',
  tls_cbc_suite: 'fix_now',
  rsa_key_transport: 'fix_now',
  certificate_expiry: 'fix_now',
  self_signed_certificate: 'fix_now',
  no_hybrid_kex: 'migrate',
  ssh_rsa_sha1_signature: 'fix_now',
  ssh_no_pq_kex: 'migrate',
  ike_weak_group: 'fix_now',
  ikev1: 'fix_now',
  jwt_alg_none: 'fix_now',
  jwt_weak_hmac_secret: 'fix_now',
  jwt_quantum_vulnerable_signature: 'migrate',
  kerberos_weak_enctype: 'fix_now',
  dnssec_weak_algorithm: 'fix_now',
  grover_symmetric_key: 'review',
  quantum_vulnerable_code_signing: 'migrate',
  secret_in_repository: 'fix_now',
  long_lived_data_classical_kex: 'migrate',
  acceptable_algorithm: 'none',
  unknown: 'review',
};

/** Types whose risk is recorded traffic (harvest now, decrypt later): data lifetime matters. */
export const KEY_EXCHANGE_TYPES: ReadonlySet<FindingType> = new Set<FindingType>([
  'quantum_vulnerable_rsa',
  'quantum_vulnerable_ecc',
  'quantum_vulnerable_dh',
  'rsa_key_transport',
  'no_hybrid_kex',
  'ssh_no_pq_kex',
  'long_lived_data_classical_kex',
  'grover_symmetric_key',
]);
