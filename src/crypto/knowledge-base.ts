/**
 * What the offline expert knows, one entry per finding type, in our own words. The sources per
 * type are listed in docs/crypto-facts.md. The Claude explainer sends the recognised type's entry
 * as grounding, so each entry must stand on its own: weakness, standard or deadline, replacement.
 */
import { FindingType } from './finding-types';
import { REF, Reference } from './references';

export interface KnowledgeEntry {
  type: FindingType;
  name: string;
  why: string;
  impact: string;
  standards: string[];
  deadline: string;
  replacements: string[];
  nextSteps: string[];
  references: Reference[];
}

/** Part of the explanation cache key: bump it whenever any text below changes. */
export const KNOWLEDGE_BASE_VERSION = '2.0.0';

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
    standards: ['RFC 6151: MD5 is unsuitable wherever collision resistance is needed'],
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
    standards: ['RFC 5280: clients validate a certificate through a chain to a trusted anchor'],
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
  weak_ecc: {
    type: 'weak_ecc',
    name: 'Elliptic curve under 224 bits',
    why:
      'A curve under 224 bits (P-192, secp160) gives less than the 112-bit minimum classical ' +
      'strength.',
    impact:
      'Keys on such a curve are within reach of well-resourced attackers today, and fall to a ' +
      'quantum computer like every elliptic curve.',
    standards: ['NIST SP 800-131A Rev. 2 disallows keys under 112-bit strength, P-192 included'],
    deadline: 'already disallowed (NIST SP 800-131A Rev. 2)',
    replacements: ['P-256 or P-384 now', 'ML-KEM (FIPS 203) or ML-DSA (FIPS 204) next'],
    nextSteps: [
      'Generate a new key on P-256 or P-384 and replace the old one everywhere it is used.',
      'Plan the move to ML-KEM (FIPS 203) for key exchange and ML-DSA (FIPS 204) for signatures.',
      'Rescan to confirm that no curve under 224 bits remains.',
    ],
    references: [REF.sp800131a, REF.ir8547],
  },
  weak_dh: {
    type: 'weak_dh',
    name: 'Finite-field Diffie-Hellman group under 2048 bits',
    why:
      'A DH group under 2048 bits is below 112-bit strength; Logjam (2015) showed that 1024-bit ' +
      'groups are within reach of a nation-state, which can then read every session using them.',
    impact:
      'Recorded sessions can be decrypted by an attacker who precomputed the group; the ' +
      'configuration is also non-compliant.',
    standards: [
      'NIST SP 800-131A Rev. 2 disallows DH-1024 and other keys under 112-bit strength',
      'RFC 8247 forbids the 1024-bit MODP group in IKEv2',
    ],
    deadline: 'already disallowed (NIST SP 800-131A Rev. 2)',
    replacements: [
      'ECDHE (X25519 or P-256)',
      'ffdhe2048 or larger',
      'hybrid X25519MLKEM768 (ML-KEM, FIPS 203)',
    ],
    nextSteps: [
      'Remove DH groups under 2048 bits from the configuration; prefer ECDHE (X25519, P-256).',
      'Where finite-field DH must stay, use ffdhe2048 or larger named groups.',
      'Plan hybrid ML-KEM key exchange (FIPS 203) to protect recorded sessions.',
      'Rescan to confirm the weak group is no longer offered.',
    ],
    references: [REF.sp800131a, REF.rfc8247, REF.fips203],
  },
  quantum_vulnerable_dh: {
    type: 'quantum_vulnerable_dh',
    name: 'Finite-field Diffie-Hellman that a quantum computer breaks',
    why:
      "DH-2048 gives about 112-bit classical strength, but Shor's algorithm breaks every " +
      'finite-field Diffie-Hellman exchange.',
    impact:
      'Sessions recorded today are exposed to harvest-now-decrypt-later once a cryptographically ' +
      'relevant quantum computer exists.',
    standards: [
      'NIST IR 8547 (draft): DH at 112-bit strength deprecated after 2030, all DH disallowed after 2035',
    ],
    deadline: 'DH-2048 deprecated after 2030, disallowed after 2035 (NIST IR 8547 draft)',
    replacements: ['hybrid key exchange with ML-KEM (FIPS 203), e.g. X25519MLKEM768'],
    nextSteps: [
      'Prefer ECDHE over finite-field DH now, and enable hybrid ML-KEM key exchange where the stack supports it.',
      'Record where the group is used and how long the data it protects must stay secret.',
      'Rescan after the change.',
    ],
    references: [REF.ir8547, REF.fips203],
  },
  dsa_key: {
    type: 'dsa_key',
    name: 'DSA key (including ssh-dss)',
    why:
      'FIPS 186-5 (2023) no longer approves DSA for generating signatures, only for verifying old ' +
      'ones; OpenSSH has disabled ssh-dss by default since 7.0, and 1024-bit DSA keys are too weak.',
    impact:
      'Signatures made with the key are non-compliant, clients increasingly refuse them, and a ' +
      'quantum computer breaks DSA like RSA.',
    standards: [
      'FIPS 186-5 no longer approves DSA signature generation',
      'NIST IR 8547 (draft) disallows quantum-vulnerable signatures after 2035',
    ],
    deadline: 'already not approved for new signatures (FIPS 186-5, 2023)',
    replacements: ['Ed25519 or ECDSA P-256 now', 'ML-DSA (FIPS 204) next'],
    nextSteps: [
      'Generate an Ed25519 (or ECDSA P-256) key and replace the DSA key; on SSH hosts remove the ssh-dss host key.',
      'Publish the new key where clients trust it (known_hosts, key servers) before retiring the old one.',
      'Plan ML-DSA (FIPS 204) for long-lived signers.',
      'Rescan to confirm no DSA key is offered.',
    ],
    references: [REF.fips1865, REF.ir8547, REF.fips204],
  },
  elgamal_key: {
    type: 'elgamal_key',
    name: 'ElGamal (or legacy OpenPGP) key',
    why:
      'RFC 9580 (OpenPGP, 2024) treats DSA and ElGamal keys as legacy and 1024-bit ones as too ' +
      'weak; version 6 keys use Ed25519 and X25519.',
    impact:
      'Messages encrypted to the key can be read once it is broken, classically for small keys and ' +
      "by Shor's algorithm for all of them; recorded ciphertext stays at risk.",
    standards: ['RFC 9580 (OpenPGP): DSA and ElGamal are legacy; v6 keys with Ed25519/X25519'],
    deadline:
      'legacy now (RFC 9580); quantum-vulnerable algorithms disallowed after 2035 (NIST IR 8547 draft)',
    replacements: [
      'an OpenPGP v6 key with Ed25519 and X25519 (RFC 9580)',
      'post-quantum OpenPGP once standardised',
    ],
    nextSteps: [
      'Generate a new OpenPGP v6 key (Ed25519 signing, X25519 encryption).',
      'Cross-sign it with the old key, publish it, and tell correspondents to switch.',
      'Revoke or expire the old key once messages use the new one.',
    ],
    references: [REF.rfc9580, REF.ir8547],
  },
  sha1_hash: {
    type: 'sha1_hash',
    name: 'SHA-1 used outside signatures (hash, checksum or HMAC)',
    why:
      'SHA-1 has practical collisions, so it no longer proves that content is unchanged; as an ' +
      'HMAC (HMAC-SHA1) it is not broken, because collisions do not help against an HMAC key.',
    impact:
      'A SHA-1 checksum or fingerprint can be matched by crafted content; HMAC-SHA1 is acceptable ' +
      'but should be phased out with the rest of SHA-1.',
    standards: [
      'NIST SP 800-131A Rev. 2: SHA-1 disallowed for signatures, still acceptable in HMAC',
      'RFC 2104 (HMAC) security does not rest on collision resistance',
    ],
    deadline: 'no deadline for HMAC-SHA1; replace SHA-1 checksums now',
    replacements: ['SHA-256 or SHA-3', 'HMAC-SHA-256'],
    nextSteps: [
      'Replace SHA-1 checksums and fingerprints with SHA-256 or SHA-3.',
      'Move HMAC-SHA1 to HMAC-SHA-256 at the next protocol or library update.',
      'Rescan after the change.',
    ],
    references: [REF.sp800131a, REF.rfc2104],
  },
  tls_cbc_suite: {
    type: 'tls_cbc_suite',
    name: 'TLS 1.2 CBC-mode cipher suite',
    why:
      'CBC-mode suites in TLS 1.2 authenticate before they encrypt the padding, which exposed them ' +
      'to padding-oracle and timing attacks (Lucky13); AEAD suites do not have that weakness. A ' +
      'suite named ..._ECDHE_RSA_..._CBC_... uses RSA only to authenticate: the problem is its CBC mode.',
    impact:
      'An attacker on the path may recover plaintext such as cookies from a vulnerable stack, and ' +
      'the configuration falls short of current TLS guidance.',
    standards: [
      'RFC 9325 (BCP 195): prefer AEAD suites with ECDHE; CBC suites are not recommended',
    ],
    deadline: 'now: RFC 9325 (BCP 195) recommends AEAD suites only',
    replacements: [
      'TLS_ECDHE_*_WITH_AES_128_GCM_SHA256 / AES_256_GCM_SHA384',
      'ChaCha20-Poly1305 suites',
      'TLS 1.3',
    ],
    nextSteps: [
      'Remove the CBC suites from the TLS 1.2 configuration; keep ECDHE with AES-GCM or ChaCha20-Poly1305.',
      'Enable TLS 1.3, whose suites are all AEAD.',
      'Check the logs for clients that negotiate only CBC suites before switching them off.',
      'Rescan to confirm only AEAD suites remain.',
    ],
    references: [REF.rfc9325, REF.sp80052],
  },
  rsa_key_transport: {
    type: 'rsa_key_transport',
    name: 'Static RSA key exchange (TLS_RSA_WITH_... suites)',
    why:
      'With RSA key transport the client encrypts the session secret to the server key: there is ' +
      'no forward secrecy, so one stolen or broken server key opens every recorded session.',
    impact:
      'Recorded traffic can be decrypted later with the server key, classically if it leaks and by ' +
      'a quantum computer in any case (harvest now, decrypt later).',
    standards: [
      'RFC 9325 (BCP 195): do not use static RSA key exchange',
      'NIST IR 8547 (draft): RSA key establishment deprecated after 2030, disallowed after 2035',
    ],
    deadline: 'now (RFC 9325); RSA key establishment disallowed after 2035 (NIST IR 8547 draft)',
    replacements: ['ECDHE suites with AES-GCM or ChaCha20-Poly1305', 'TLS 1.3 with X25519MLKEM768'],
    nextSteps: [
      'Remove every TLS_RSA_WITH_... suite; offer ECDHE suites with AEAD ciphers.',
      'Enable TLS 1.3 and hybrid X25519MLKEM768 key exchange.',
      'Rescan to confirm static RSA key exchange is gone.',
    ],
    references: [REF.rfc9325, REF.ir8547, REF.fips203],
  },
  ssh_rsa_sha1_signature: {
    type: 'ssh_rsa_sha1_signature',
    name: 'SSH ssh-rsa (SHA-1) signatures',
    why:
      'The ssh-rsa signature algorithm signs with SHA-1, which has practical collisions; RFC 8332 ' +
      'replaced it with rsa-sha2-256/512 and OpenSSH 8.8 (2021) disabled it by default.',
    impact:
      'Modern clients refuse to connect, and the host key is RSA, which a quantum computer breaks.',
    standards: [
      'RFC 8332: rsa-sha2-256 and rsa-sha2-512 replace ssh-rsa',
      'OpenSSH 8.8 disabled ssh-rsa signatures by default',
    ],
    deadline: 'already disabled by default (OpenSSH 8.8, 2021)',
    replacements: ['an Ed25519 host key', 'rsa-sha2-256 / rsa-sha2-512 while RSA keys remain'],
    nextSteps: [
      'Add an Ed25519 host key and allow rsa-sha2-512/256 instead of ssh-rsa (HostKeyAlgorithms).',
      'Distribute the new host key to known_hosts (or SSH certificates) before removing the old one.',
      'Upgrade SSH servers that cannot do rsa-sha2 signatures.',
      'Rescan to confirm ssh-rsa is no longer offered.',
    ],
    references: [REF.rfc8332, REF.openssh],
  },
  ssh_no_pq_kex: {
    type: 'ssh_no_pq_kex',
    name: 'SSH without post-quantum key exchange',
    why:
      'The SSH server negotiates only classical key exchange (curve25519-sha256, ecdh-sha2-*, ' +
      'diffie-hellman-group*), although OpenSSH 9.0 made sntrup761x25519-sha512 the default and ' +
      'OpenSSH 10.0 (2025) mlkem768x25519-sha256.',
    impact:
      'SSH sessions recorded today, with the commands, files and secrets they carry, can be ' +
      'decrypted once a cryptographically relevant quantum computer exists.',
    standards: [
      'OpenSSH 9.0 and 10.0 defaults: sntrup761x25519-sha512, then mlkem768x25519-sha256',
      'NIST IR 8547 (draft): ECDH and DH disallowed after 2035',
    ],
    deadline:
      'urgent now because of harvest-now-decrypt-later; ECDH disallowed after 2035 (NIST IR 8547 draft)',
    replacements: ['mlkem768x25519-sha256', 'sntrup761x25519-sha512'],
    nextSteps: [
      'Upgrade OpenSSH to 9.9 or later on servers and clients.',
      'Put mlkem768x25519-sha256 (and sntrup761x25519-sha512) first in KexAlgorithms.',
      'Rescan to confirm the hybrid key exchange is negotiated.',
    ],
    references: [REF.openssh, REF.ir8547, REF.fips203],
  },
  ike_weak_group: {
    type: 'ike_weak_group',
    name: 'IKE/IPsec Diffie-Hellman group under 2048 bits',
    why:
      'MODP groups 1, 2 and 5 (768 to 1536 bits) are below 112-bit strength; RFC 8247 says group 2 ' +
      'should not be used, and Logjam showed 1024-bit groups are within reach of a nation-state.',
    impact: 'An attacker who records the VPN traffic can recover its keys and read the tunnel.',
    standards: [
      'RFC 8247: MODP group 2 should not be used; group 14 (2048-bit) is the floor, group 19 (256-bit ECP) recommended',
      'NIST SP 800-131A Rev. 2 disallows keys under 112-bit strength',
    ],
    deadline: 'already disallowed (NIST SP 800-131A Rev. 2; RFC 8247)',
    replacements: [
      'group 19 (256-bit ECP) or group 14 (2048-bit MODP) at least',
      'hybrid ML-KEM via RFC 9370',
    ],
    nextSteps: [
      'Set IKE and ESP PFS proposals to group 19/20 (or 14 at least) on both peers and remove groups 1, 2 and 5.',
      'Plan an additional ML-KEM key exchange (RFC 9370) where the VPN supports it; meanwhile RFC 8784 post-quantum pre-shared keys help.',
      'Rescan to confirm the weak group is refused.',
    ],
    references: [REF.rfc8247, REF.rfc9370, REF.sp800131a],
  },
  ikev1: {
    type: 'ikev1',
    name: 'IKEv1 in use',
    why:
      'IKEv1 is legacy: RFC 9395 deprecates it, and its aggressive mode exposes a hash of the ' +
      'pre-shared key to offline cracking.',
    impact:
      'The VPN depends on an unmaintained protocol with known weaknesses and no path to ' +
      'post-quantum key exchange (RFC 9370 exists only for IKEv2).',
    standards: ['RFC 9395 deprecates IKEv1', 'RFC 8247 sets the IKEv2 algorithm requirements'],
    deadline: 'already deprecated (RFC 9395, 2023)',
    replacements: [
      'IKEv2 with group 19/20 and AES-GCM',
      'IKEv2 with an ML-KEM additional key exchange (RFC 9370)',
    ],
    nextSteps: [
      'Migrate the tunnel to IKEv2 on both peers; disable aggressive mode meanwhile.',
      'Replace pre-shared keys with certificates where possible.',
      'Rescan to confirm IKEv1 is refused.',
    ],
    references: [REF.rfc9395, REF.rfc8247, REF.rfc9370],
  },
  jwt_alg_none: {
    type: 'jwt_alg_none',
    name: 'JWT accepted with alg "none"',
    why:
      'A token with alg "none" carries no signature, so whoever accepts it lets anyone write their ' +
      'own claims; RFC 8725 says the verifier fixes the allowed algorithms and never accepts none.',
    impact: 'Anyone can forge a token for any user or role: full authentication bypass.',
    standards: ['RFC 8725 (JWT best current practice): never accept alg none; pin the algorithm'],
    deadline: 'now: this is exploitable today',
    replacements: [
      'a fixed allow-list with one signing algorithm (EdDSA, ES256 or RS256 today, ML-DSA later)',
    ],
    nextSteps: [
      'Configure the verifier with an explicit list of allowed algorithms and reject none.',
      'Never let the token header choose between HMAC and RSA (key confusion).',
      'Revoke sessions issued while none was accepted, then retest with a forged token.',
    ],
    references: [REF.rfc8725],
  },
  jwt_weak_hmac_secret: {
    type: 'jwt_weak_hmac_secret',
    name: 'JWT HMAC secret too short or guessable',
    why:
      'RFC 7518 requires an HS256 key of at least 256 bits; a short or human-chosen secret can be ' +
      'brute-forced offline from a single captured token.',
    impact:
      'Whoever recovers the secret can mint valid tokens for any user until the secret is changed.',
    standards: ['RFC 7518: HS256 key at least 256 bits', 'RFC 8725: use strong, random keys'],
    deadline: 'now: the secret may already be recovered',
    replacements: [
      'a random 256-bit (or longer) secret from a secret manager',
      'asymmetric signing (EdDSA/ES256) so verifiers hold no signing key',
    ],
    nextSteps: [
      'Generate a new random secret of at least 256 bits and keep it in a secret manager.',
      'Rotate: accept the old secret only briefly, then revoke tokens signed with it.',
      'Consider asymmetric signatures so that verifiers cannot mint tokens.',
    ],
    references: [REF.rfc7518, REF.rfc8725],
  },
  jwt_quantum_vulnerable_signature: {
    type: 'jwt_quantum_vulnerable_signature',
    name: 'JWT signed with RSA or ECDSA (RS256, PS256, ES256)',
    why:
      'RS/PS and ES tokens are RSA and elliptic-curve signatures, which a quantum computer breaks; ' +
      'ML-DSA for JOSE is being standardised.',
    impact:
      'Once such a computer exists, tokens can be forged from the public key; short token lifetimes ' +
      'limit how long a forged token is useful.',
    standards: [
      'NIST IR 8547 (draft): RSA and ECDSA signatures disallowed after 2035',
      'RFC 8725: pin the algorithm and keep tokens short-lived',
    ],
    deadline: 'disallowed after 2035 (NIST IR 8547 draft)',
    replacements: [
      'ML-DSA (FIPS 204) for JOSE once registered',
      'short token lifetimes and key rotation meanwhile',
    ],
    nextSteps: [
      'Keep token lifetimes short and rotate signing keys through a JWKS endpoint, so that a change of algorithm is routine.',
      'Pin the accepted algorithm in every verifier.',
      'Track ML-DSA (FIPS 204) support in your JOSE libraries and plan the switch.',
    ],
    references: [REF.ir8547, REF.fips204, REF.rfc8725],
  },
  kerberos_weak_enctype: {
    type: 'kerberos_weak_enctype',
    name: 'Kerberos RC4, DES or 3DES encryption type',
    why:
      'RFC 8429 deprecates RC4-HMAC and 3DES in Kerberos (DES was removed earlier); RC4 service ' +
      'tickets are keyed with the unsalted NT hash and crack quickly offline (Kerberoasting).',
    impact:
      'Any domain user can request RC4 tickets for service accounts and crack their passwords ' +
      'offline, then act as those services.',
    standards: [
      'RFC 8429 deprecates RC4-HMAC and 3DES in Kerberos',
      'RFC 8009 defines the AES-SHA2 encryption types',
    ],
    deadline: 'already deprecated (RFC 8429, 2018)',
    replacements: ['aes256-cts-hmac-sha1-96', 'aes256-cts-hmac-sha384-192 (RFC 8009)'],
    nextSteps: [
      'Set supported encryption types to AES only on accounts, services and the KDC; disable RC4 and DES.',
      'Reset the passwords of service accounts so that AES keys exist, using long random passwords.',
      'Watch for RC4 ticket requests (a Kerberoasting sign) and rescan.',
    ],
    references: [REF.rfc8429, REF.rfc8009],
  },
  dnssec_weak_algorithm: {
    type: 'dnssec_weak_algorithm',
    name: 'DNSSEC zone signed with a SHA-1 or deprecated algorithm',
    why:
      'RFC 8624 says RSASHA1 (algorithm 5) and RSASHA1-NSEC3-SHA1 (7) must not be used for signing ' +
      '(RSAMD5, DSA and ECC-GOST are worse); validators are dropping them.',
    impact:
      'Resolvers may treat the zone as insecure or fail to validate it, and SHA-1 signatures can be ' +
      'attacked with chosen-prefix collisions.',
    standards: [
      'RFC 8624: RSASHA256 (8) and ECDSAP256SHA256 (13) required, Ed25519 (15) recommended',
    ],
    deadline: 'now: RFC 8624 recommends against signing with them',
    replacements: ['ECDSAP256SHA256 (13)', 'Ed25519 (15)', 'RSASHA256 (8)'],
    nextSteps: [
      'Plan an algorithm rollover to ECDSAP256SHA256 or Ed25519, publishing both keys for a while.',
      'Update the DS record at the parent once the new key signs the zone.',
      'Validate the zone from outside after each step.',
    ],
    references: [REF.rfc8624],
  },
  grover_symmetric_key: {
    type: 'grover_symmetric_key',
    name: 'Symmetric key size under Grover (AES-128/192)',
    why:
      "Grover's algorithm speeds up key search quadratically, but it parallelises badly; NIST IR " +
      '8547 keeps AES-128, AES-192 and AES-256 acceptable. CNSA 2.0 asks for AES-256.',
    impact:
      'No practical risk today; for data that must stay secret for decades, or under CNSA 2.0, ' +
      'AES-256 is the conservative choice.',
    standards: [
      'NIST IR 8547 (draft): AES-128/192/256 remain acceptable',
      'CNSA 2.0: AES-256 for national security systems',
    ],
    deadline: 'none for AES-128 (NIST IR 8547); CNSA 2.0 systems need AES-256',
    replacements: ['AES-256 (GCM) for long-lived or national-security data'],
    nextSteps: [
      'Keep AES-128 where data is short-lived; choose AES-256 for archives and long-lived secrets.',
      'Make the key size configurable so that a change needs no code change.',
    ],
    references: [REF.ir8547, REF.cnsa2],
  },
  quantum_vulnerable_code_signing: {
    type: 'quantum_vulnerable_code_signing',
    name: 'Code or firmware signed with RSA or ECDSA',
    why:
      'Code and firmware signatures made with RSA or ECDSA will be forgeable once a quantum ' +
      'computer exists, and devices stay in the field for 10 to 20 years: their root of trust must ' +
      'verify a post-quantum signature before then.',
    impact:
      'A forged signature lets an attacker install malicious updates on every device that trusts the key.',
    standards: [
      'CNSA 2.0: software and firmware signing prefers CNSA 2.0 algorithms from 2025, exclusively by 2030',
      'NIST SP 800-208: LMS and XMSS stateful hash-based signatures',
      'FIPS 205 (SLH-DSA) and FIPS 204 (ML-DSA)',
    ],
    deadline: 'CNSA 2.0: prefer from 2025, exclusive by 2030',
    replacements: ['LMS or XMSS (NIST SP 800-208)', 'ML-DSA (FIPS 204)', 'SLH-DSA (FIPS 205)'],
    nextSteps: [
      'Inventory signing keys and the devices or packages that trust them, with their field life.',
      'Add a post-quantum verification path (LMS/XMSS or ML-DSA) to boot loaders and updaters now.',
      'Sign releases with both the classical and the post-quantum key during the transition.',
      'Keep LMS/XMSS state in an HSM that never reuses a one-time key.',
    ],
    references: [REF.cnsa2, REF.sp800208, REF.fips204, REF.fips205],
  },
  secret_in_repository: {
    type: 'secret_in_repository',
    name: 'Private key or secret committed to a repository',
    why:
      'A secret in a repository is compromised: it lives on in every clone, fork and backup, and ' +
      'in history after it is deleted.',
    impact:
      'Whoever has read access, now or later, can use the key or secret to impersonate the service ' +
      'or read the data it protects.',
    standards: [
      'Treat as a key compromise: revoke and reissue (NIST SP 800-57 key compromise handling)',
    ],
    deadline: 'now: rotate before anything else',
    replacements: ['a secret manager, KMS or HSM', 'secret scanning in CI'],
    nextSteps: [
      'Revoke and reissue (rotate) the key or secret first; deleting the file is not enough.',
      'Remove it from the history, then ask every holder of a clone to re-clone.',
      'Move secrets to a secret manager, KMS or HSM, and load them at run time.',
      'Add secret scanning to CI and pre-commit hooks.',
    ],
    references: [],
  },
  long_lived_data_classical_kex: {
    type: 'long_lived_data_classical_kex',
    name: 'Long-lived data over classical key exchange (harvest now, decrypt later)',
    why:
      "Mosca's inequality: if the years the data must stay secret (x) plus the years the " +
      'migration takes (y) exceed the years until a cryptographically relevant quantum computer ' +
      '(z), the data is already at risk, because recorded traffic can be decrypted later.',
    impact:
      'Health, government and financial records sent today over ECDHE or RSA key exchange may be ' +
      'read within their retention period.',
    standards: [
      'FIPS 203 (ML-KEM), effective 14 Aug 2024',
      'NIST IR 8547 (draft): ECDH, DH and RSA key establishment disallowed after 2035',
    ],
    deadline:
      'now when x + y > z (Mosca); classical key establishment disallowed after 2035 (NIST IR 8547 draft)',
    replacements: [
      'hybrid X25519MLKEM768 (TLS 1.3)',
      'mlkem768x25519-sha256 (SSH)',
      'ML-KEM via RFC 9370 (IKEv2)',
    ],
    nextSteps: [
      'List the flows that carry long-lived data and their retention periods.',
      'Move those flows first to hybrid ML-KEM key exchange (FIPS 203).',
      'Re-encrypt archives with AES-256 under keys that never crossed a classical-only exchange.',
    ],
    references: [REF.fips203, REF.ir8547, REF.nistPqc],
  },
  acceptable_algorithm: {
    type: 'acceptable_algorithm',
    name: 'No weakness found',
    why:
      'The algorithm or protocol named is acceptable under current guidance (post-quantum, AES-256, ' +
      'SHA-2/SHA-3, TLS 1.2 with AEAD or TLS 1.3).',
    impact: 'Nothing to fix for this algorithm; keep it in the inventory.',
    standards: [],
    deadline: '',
    replacements: [],
    nextSteps: [
      'Keep it in the cryptographic inventory and make sure the configuration stays as scanned.',
      'Rescan after changes to confirm.',
    ],
    references: [REF.nistPqc],
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

/** A copy, so that callers can't alter the knowledge base. */
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
