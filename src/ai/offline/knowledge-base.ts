import { ExplanationReference } from './explainable-finding';
import { FindingType } from './recognise-finding';

export interface KnowledgeEntry {
  type: FindingType;
  name: string;
  why: string;
  impact: string;
  standards: string[];
  deadline: string;
  replacements: string[];
  nextSteps: string[];
  references: ExplanationReference[];
}

/** Part of the explanation cache key: bump it whenever any text below changes. */
export const KNOWLEDGE_BASE_VERSION = '1.0.0';

const REF = {
  sp800131a: {
    title:
      'NIST SP 800-131A Rev. 2: Transitioning the Use of Cryptographic Algorithms and Key Lengths',
    url: 'https://csrc.nist.gov/pubs/sp/800/131/a/r2/final',
  },
  ir8547: {
    title: 'NIST IR 8547 (initial public draft): Transition to Post-Quantum Cryptography Standards',
    url: 'https://csrc.nist.gov/pubs/ir/8547/ipd',
  },
  fips203: {
    title: 'FIPS 203: Module-Lattice-Based Key-Encapsulation Mechanism Standard (ML-KEM)',
    url: 'https://csrc.nist.gov/pubs/fips/203/final',
  },
  fips204: {
    title: 'FIPS 204: Module-Lattice-Based Digital Signature Standard (ML-DSA)',
    url: 'https://csrc.nist.gov/pubs/fips/204/final',
  },
  fips205: {
    title: 'FIPS 205: Stateless Hash-Based Digital Signature Standard (SLH-DSA)',
    url: 'https://csrc.nist.gov/pubs/fips/205/final',
  },
  sp80052: {
    title: 'NIST SP 800-52 Rev. 2: Guidelines for the Selection, Configuration, and Use of TLS',
    url: 'https://csrc.nist.gov/pubs/sp/800/52/r2/final',
  },
  rfc8996: {
    title: 'RFC 8996: Deprecating TLS 1.0 and TLS 1.1',
    url: 'https://www.rfc-editor.org/rfc/rfc8996',
  },
  rfc7465: {
    title: 'RFC 7465: Prohibiting RC4 Cipher Suites',
    url: 'https://www.rfc-editor.org/rfc/rfc7465',
  },
  rfc7568: {
    title: 'RFC 7568: Deprecating Secure Sockets Layer Version 3.0',
    url: 'https://www.rfc-editor.org/rfc/rfc7568',
  },
  cnsa2: { title: 'NSA Commercial National Security Algorithm Suite 2.0 (CNSA 2.0)' },
  sc081: { title: 'CA/Browser Forum ballot SC-081v3: shorter certificate validity periods' },
  nistPqc: {
    title: 'NIST Post-Quantum Cryptography project',
    url: 'https://csrc.nist.gov/projects/post-quantum-cryptography',
  },
} satisfies Record<string, ExplanationReference>;

const ENTRIES: Record<FindingType, KnowledgeEntry> = {
  weak_rsa: {
    type: 'weak_rsa',
    name: 'RSA key under 2048 bits',
    why:
      'An RSA key under 2048 bits has less than the 112-bit minimum classical strength ' +
      '(RSA-1024 is about 80 bits); a well-resourced attacker can factor it, and public CAs ' +
      'no longer issue such certificates.',
    impact:
      'Whoever factors the key can impersonate the endpoint and intercept or forge its traffic; ' +
      'the key is also non-compliant.',
    standards: [
      'NIST SP 800-131A Rev. 2 disallows keys under 112-bit strength (RSA-1024, DH-1024, P-192) ' +
        'for signing and key establishment',
      'NIST IR 8547 (draft) disallows all RSA after 2035',
    ],
    deadline: 'already disallowed (NIST SP 800-131A Rev. 2, 2019)',
    replacements: ['ECDSA P-256 or P-384', 'RSA-3072 or larger', 'ML-DSA (FIPS 204)'],
    nextSteps: [
      'Generate a new key pair and reissue the certificate with ECDSA P-256/P-384 or RSA-3072 ' +
        'or larger (never below RSA-2048).',
      'Revoke the old certificate once the replacement is deployed, and retire the old private ' +
        'key everywhere it is stored.',
      'Check clients and integrations that pin the old certificate or public key, and update ' +
        'their pins before the switch.',
      'Plan the move to ML-DSA (FIPS 204) certificates; keep issuance automated so the next ' +
        'algorithm change is routine.',
      'Rescan the endpoint to confirm that no RSA key under 2048 bits remains.',
    ],
    references: [REF.sp800131a, REF.ir8547, REF.fips204],
  },
  quantum_vulnerable_rsa: {
    type: 'quantum_vulnerable_rsa',
    name: 'RSA key that a quantum computer breaks',
    why:
      'RSA-2048 (about 112-bit) and RSA-3072 (about 128-bit) are safe against classical ' +
      'attackers today, but a cryptographically relevant quantum computer breaks every RSA key ' +
      "with Shor's algorithm.",
    impact:
      'RSA key transport is exposed to harvest-now-decrypt-later: traffic recorded today can be ' +
      'decrypted once such a computer exists, and RSA signatures become forgeable from that day.',
    standards: [
      'NIST IR 8547 (draft): RSA-2048 (112-bit) deprecated after 2030 and disallowed after 2035; ' +
        'RSA-3072 and above disallowed after 2035',
      'Replacements: ML-DSA (FIPS 204) for signatures, ML-KEM (FIPS 203) for key establishment',
    ],
    deadline: 'RSA-2048 deprecated after 2030, all RSA disallowed after 2035 (NIST IR 8547 draft)',
    replacements: ['ML-DSA (FIPS 204)', 'hybrid key exchange with ML-KEM (FIPS 203)'],
    nextSteps: [
      'Disable cipher suites that use RSA key exchange (static RSA key transport); keep ECDHE ' +
        'suites and TLS 1.3.',
      'Record the key in the cryptographic inventory with its owner, location and the data it ' +
        'protects.',
      'Plan ML-DSA (FIPS 204) certificates and hybrid key exchange (X25519MLKEM768, ML-KEM per ' +
        'FIPS 203).',
      'Keep the service crypto-agile: automate certificate issuance and avoid hard-coded ' +
        'algorithms or pinned keys.',
    ],
    references: [REF.ir8547, REF.fips204, REF.fips203],
  },
  quantum_vulnerable_ecc: {
    type: 'quantum_vulnerable_ecc',
    name: 'Elliptic-curve key that a quantum computer breaks (ECDSA, ECDHE, EdDSA)',
    why:
      'P-256 and X25519 give about 128-bit classical strength (P-384 about 192), but a ' +
      "quantum computer breaks elliptic-curve keys with Shor's algorithm.",
    impact:
      'ECDHE sessions recorded today are exposed to harvest-now-decrypt-later, and ECDSA/EdDSA ' +
      'signatures become forgeable once a cryptographically relevant quantum computer exists.',
    standards: [
      'NIST IR 8547 (draft): ECDSA, EdDSA and ECDH disallowed after 2035',
      'CNSA 2.0: web browsers, servers and cloud services prefer post-quantum algorithms from ' +
        '2025 and use them exclusively from 2033',
    ],
    deadline: 'disallowed after 2035 (NIST IR 8547 draft); CNSA 2.0 web and cloud services by 2033',
    replacements: [
      'hybrid key exchange X25519MLKEM768 (ML-KEM, FIPS 203)',
      'ML-DSA (FIPS 204) or LMS/XMSS for long-lived signers',
    ],
    nextSteps: [
      'Enable hybrid key exchange now: X25519MLKEM768 on TLS 1.3 (SecP256r1MLKEM768 where FIPS ' +
        'applies).',
      'Move long-lived signers first (root and intermediate CAs, firmware and code signing) to ' +
        'ML-DSA (FIPS 204), SLH-DSA (FIPS 205) or LMS/XMSS.',
      'Inventory where the key is used and how long the data it protects must stay confidential.',
      'Test middleboxes with the larger ClientHello (about 1.2 KB more) before rollout, then ' +
        'rescan.',
    ],
    references: [REF.ir8547, REF.fips203, REF.fips204, REF.fips205, REF.cnsa2],
  },
  sha1_signature: {
    type: 'sha1_signature',
    name: 'SHA-1 signature',
    why:
      'SHA-1 has practical collisions (SHAttered in 2017, a chosen-prefix collision in 2020), so a ' +
      'SHA-1 signature no longer proves what was signed.',
    impact:
      'An attacker can forge a certificate or signed object that carries a valid-looking ' +
      'signature; browsers already reject SHA-1 certificates, so clients may fail to connect.',
    standards: ['NIST SP 800-131A Rev. 2 disallows SHA-1 for digital signature generation'],
    deadline: 'already disallowed for signature generation (NIST SP 800-131A Rev. 2)',
    replacements: ['SHA-256 or better (e.g. sha256WithRSAEncryption, ECDSA with SHA-384)'],
    nextSteps: [
      'Reissue the certificate (or re-sign the object) with SHA-256 or better.',
      "Check the intermediate certificates of the chain too; a root's self-signature does not " +
        'matter.',
      'Find other places that still generate SHA-1 signatures (internal PKI, code signing, ' +
        'tokens) and switch them.',
      'Rescan to confirm that the new chain is served.',
    ],
    references: [REF.sp800131a],
  },
  md5_hash: {
    type: 'md5_hash',
    name: 'MD5 hash',
    why:
      'MD5 collisions are trivial to compute; in 2008 they were used to forge a rogue CA ' +
      'certificate.',
    impact:
      'Whatever MD5 signs or protects can be forged or swapped undetected: it is unsafe for ' +
      'signatures and integrity checks.',
    standards: [],
    deadline: 'none to wait for: it is unsafe now',
    replacements: ['SHA-256', 'SHA-3', 'HMAC-SHA-256'],
    nextSteps: [
      'Replace MD5 with SHA-256 or SHA-3 wherever it signs, fingerprints or checks integrity.',
      'Reissue any certificate signed with md5WithRSAEncryption using SHA-256 or better.',
      'Phase out HMAC-MD5 as well, in favour of HMAC-SHA-256.',
      'Search configurations and code for remaining MD5 uses, then rescan.',
    ],
    references: [REF.sp800131a],
  },
  legacy_tls: {
    type: 'legacy_tls',
    name: 'Legacy TLS/SSL protocol version enabled',
    why:
      'TLS 1.0 and 1.1 have no AEAD cipher suites, use MD5/SHA-1 in the handshake PRF, and TLS ' +
      '1.0 CBC suites are open to BEAST.',
    impact:
      'An attacker on the network path can attack or downgrade sessions; TLS 1.0/1.1 are banned ' +
      'by PCI DSS and federal rules, and their presence holds back TLS 1.3, which hybrid ' +
      'post-quantum key exchange needs.',
    standards: [
      'RFC 8996 deprecates TLS 1.0 and 1.1',
      'NIST SP 800-52 Rev. 2 requires TLS 1.2 and TLS 1.3 support and no TLS 1.0/1.1',
      'RFC 7568 prohibits SSL 3.0',
    ],
    deadline: 'already deprecated (RFC 8996) and not allowed by NIST SP 800-52 Rev. 2',
    replacements: ['TLS 1.2 as the minimum', 'TLS 1.3'],
    nextSteps: [
      'Set the minimum protocol version to TLS 1.2 and enable TLS 1.3 (hybrid post-quantum key ' +
        'exchange needs it).',
      'Before switching off, find the clients still negotiating TLS 1.0/1.1 in server or load ' +
        'balancer logs and plan their upgrade.',
      'Disable SSL 3.0 and SSL 2.0 wherever they remain.',
      'Rescan to confirm that only TLS 1.2 and 1.3 are offered.',
    ],
    references: [REF.rfc8996, REF.sp80052, REF.rfc7568],
  },
  weak_cipher: {
    type: 'weak_cipher',
    name: '3DES or RC4 cipher suite',
    why:
      '3DES has a 64-bit block, so long sessions leak plaintext through block collisions ' +
      '(Sweet32, CVE-2016-2183); RC4 output is biased.',
    impact:
      'An attacker who observes enough traffic can recover secrets such as session cookies; the ' +
      'suites are also non-compliant.',
    standards: [
      'NIST SP 800-131A Rev. 2: two-key 3DES disallowed, three-key 3DES encryption disallowed ' +
        'after 2023',
      'RFC 7465 prohibits RC4 cipher suites',
    ],
    deadline:
      '3DES encryption disallowed after 2023 (NIST SP 800-131A Rev. 2); RC4 prohibited (RFC 7465)',
    replacements: ['AES-GCM', 'ChaCha20-Poly1305'],
    nextSteps: [
      'Remove every 3DES (DES-CBC3) and RC4 cipher suite from the server configuration.',
      'Offer only AES-GCM or ChaCha20-Poly1305 suites, with TLS 1.2 as the minimum and TLS 1.3 ' +
        'enabled.',
      'Look for clients that can only negotiate 3DES or RC4 in the logs before the switch.',
      'Rescan to confirm that the suites are gone.',
    ],
    references: [REF.sp800131a, REF.rfc7465, REF.sp80052],
  },
  certificate_expiry: {
    type: 'certificate_expiry',
    name: 'Certificate expired or expiring',
    why: 'Clients refuse an expired certificate, so the service becomes unreachable for them.',
    impact:
      'An outage, or users trained to click through warnings; certificate lifetimes keep ' +
      'shrinking, so manual renewal will fail more often.',
    standards: [
      'CA/Browser Forum ballot SC-081v3: public certificates valid at most 200 days from ' +
        '15 Mar 2026, 100 days from 15 Mar 2027 and 47 days from 15 Mar 2029',
    ],
    deadline: "the certificate's expiry date; public lifetimes fall to 47 days from 15 Mar 2029",
    replacements: ['automated (ACME) renewal'],
    nextSteps: [
      'Renew the certificate now, with a new and stronger key (ECDSA P-256/P-384 or RSA-3072+).',
      'Automate issuance and renewal with ACME so that 47-day lifetimes (from 2029) are routine.',
      'Alert at 30, 14 and 7 days before expiry.',
      'Deploy the renewed certificate to every host that serves it, then rescan.',
    ],
    references: [REF.sc081],
  },
  self_signed_certificate: {
    type: 'self_signed_certificate',
    name: 'Self-signed certificate',
    why:
      'Clients cannot validate a self-signed certificate, so they either fail or have validation ' +
      'turned off.',
    impact:
      'Clients with validation turned off accept any certificate, which invites interception ' +
      '(man in the middle); on a public endpoint users learn to click through warnings.',
    standards: [],
    deadline: 'none set by a standard; fix it first where the endpoint is public',
    replacements: ['a certificate from a public CA (external)', 'the internal PKI (internal)'],
    nextSteps: [
      'Issue the certificate from a public CA for an external endpoint, or from the internal PKI ' +
        'for an internal one.',
      'Never disable certificate verification in clients; remove any such workaround once the ' +
        'new certificate is in place.',
      'Distribute the internal root CA through managed trust stores rather than trusting ' +
        'individual certificates.',
      'Automate issuance and renewal (ACME), then rescan.',
    ],
    references: [],
  },
  no_hybrid_kex: {
    type: 'no_hybrid_kex',
    name: 'No hybrid post-quantum key exchange',
    why:
      'The endpoint negotiates only classical key exchange, although current Chrome and Firefox ' +
      'already offer X25519MLKEM768.',
    impact:
      'Sessions recorded today can be decrypted once a cryptographically relevant quantum ' +
      'computer exists (harvest now, decrypt later), so long-lived confidential data is at risk now.',
    standards: [
      'FIPS 203 (ML-KEM), effective 14 Aug 2024',
      'NIST IR 8547 (draft): ECDH and DH disallowed after 2035',
      'CNSA 2.0: web browsers, servers and cloud services prefer post-quantum algorithms from ' +
        '2025 and use them exclusively from 2033',
    ],
    deadline:
      'urgent now because of harvest-now-decrypt-later; ECDH disallowed after 2035 (NIST IR 8547 draft)',
    replacements: ['X25519MLKEM768', 'SecP256r1MLKEM768 or SecP384r1MLKEM1024 where FIPS applies'],
    nextSteps: [
      'Upgrade the TLS stack to one that supports hybrid groups (e.g. OpenSSL 3.5+).',
      'Enable TLS 1.3 and the X25519MLKEM768 group (SecP256r1MLKEM768 where FIPS applies).',
      'Test middleboxes and load balancers with the ClientHello about 1.2 KB larger before rollout.',
      'Rescan to confirm that the hybrid group is negotiated.',
    ],
    references: [REF.fips203, REF.ir8547, REF.cnsa2],
  },
  unknown: {
    type: 'unknown',
    name: 'Unrecognised finding',
    why:
      'The offline explainer did not recognise the finding type from its fields or title, so it ' +
      'makes no claim about a specific weakness, standard or deadline.',
    impact:
      'Its impact cannot be judged from the data given; review the raw finding and its asset.',
    standards: [],
    deadline: '',
    replacements: [],
    nextSteps: [
      'Identify the asset, its owner and the cryptography it uses (algorithm, key size, protocol ' +
        'version, certificate).',
      'Add it to the cryptographic inventory and record how long the data it protects must stay ' +
        'confidential.',
      'Assess it against current guidance and assign a severity.',
      'Add structured fields (algorithm, keySize, protocol) to the finding and ask for an ' +
        'explanation again.',
    ],
    references: [REF.nistPqc],
  },
};

/** A copy, so that callers can't alter the shared knowledge. */
export function knowledgeFor(type: FindingType): KnowledgeEntry {
  const entry = ENTRIES[type] ?? ENTRIES.unknown;
  return {
    ...entry,
    standards: [...entry.standards],
    replacements: [...entry.replacements],
    nextSteps: [...entry.nextSteps],
    references: entry.references.map((reference) => ({ ...reference })),
  };
}
