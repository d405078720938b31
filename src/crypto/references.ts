/** The standards and guidance the knowledge base cites, each written once. */
export interface Reference {
  title: string;
  url?: string;
}

const rfc = (n: number, title: string): Reference => ({
  title: `RFC ${n}: ${title}`,
  url: `https://www.rfc-editor.org/rfc/rfc${n}`,
});

export const REF = {
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
  fips1865: {
    title: 'FIPS 186-5: Digital Signature Standard (DSS)',
    url: 'https://csrc.nist.gov/pubs/fips/186-5/final',
  },
  sp800208: {
    title: 'NIST SP 800-208: Recommendation for Stateful Hash-Based Signature Schemes (LMS, XMSS)',
    url: 'https://csrc.nist.gov/pubs/sp/800/208/final',
  },
  sp80052: {
    title: 'NIST SP 800-52 Rev. 2: Guidelines for the Selection, Configuration, and Use of TLS',
    url: 'https://csrc.nist.gov/pubs/sp/800/52/r2/final',
  },
  rfc8996: rfc(8996, 'Deprecating TLS 1.0 and TLS 1.1'),
  rfc7465: rfc(7465, 'Prohibiting RC4 Cipher Suites'),
  rfc7568: rfc(7568, 'Deprecating Secure Sockets Layer Version 3.0'),
  rfc9325: rfc(9325, 'Recommendations for Secure Use of TLS and DTLS (BCP 195)'),
  rfc8332: rfc(8332, 'Use of RSA Keys with SHA-256 and SHA-512 in SSH'),
  rfc8247: rfc(8247, 'Algorithm Implementation Requirements and Usage Guidance for IKEv2'),
  rfc9395: rfc(9395, 'Deprecation of the Internet Key Exchange Version 1 (IKEv1) Protocol'),
  rfc9370: rfc(9370, 'Multiple Key Exchanges in IKEv2'),
  rfc8725: rfc(8725, 'JSON Web Token Best Current Practices'),
  rfc7518: rfc(7518, 'JSON Web Algorithms (JWA)'),
  rfc8429: rfc(8429, 'Deprecate Triple-DES (3DES) and RC4 in Kerberos'),
  rfc8009: rfc(8009, 'AES Encryption with HMAC-SHA2 for Kerberos 5'),
  rfc8624: rfc(8624, 'Algorithm Implementation Requirements and Usage Guidance for DNSSEC'),
  rfc9580: rfc(9580, 'OpenPGP'),
  rfc2104: rfc(2104, 'HMAC: Keyed-Hashing for Message Authentication'),
  cnsa2: { title: 'NSA Commercial National Security Algorithm Suite 2.0 (CNSA 2.0)' },
  sc081: { title: 'CA/Browser Forum ballot SC-081v3: shorter certificate validity periods' },
  openssh: {
    title: 'OpenSSH release notes (8.8: ssh-rsa off; 9.0 and 10.0: post-quantum key exchange)',
    url: 'https://www.openssh.com/releasenotes.html',
  },
  nistPqc: {
    title: 'NIST Post-Quantum Cryptography project',
    url: 'https://csrc.nist.gov/projects/post-quantum-cryptography',
  },
} satisfies Record<string, Reference>;
