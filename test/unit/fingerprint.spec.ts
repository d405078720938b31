import { identityOf, locationKey } from '../../src/scans/fingerprint';

const rsa = (keySize: number, title = `RSA-${keySize} certificate`) => ({
  title,
  algorithm: 'RSA',
  keySize,
});

describe('finding identity (fingerprint)', () => {
  it('is fp1_ and 32 hex digits', () => {
    const { fingerprint } = identityOf(rsa(1024), { host: 'api.example.com', port: 443 });
    expect(fingerprint).toMatch(/^fp1_[0-9a-f]{32}$/);
  });

  it('ignores the title, the key size within a weakness class and host case or a trailing dot', () => {
    const a = identityOf(rsa(1024), { host: 'api.example.com', port: 443 });
    const b = identityOf(rsa(1536, 'Weak certificate key'), {
      host: 'API.Example.com.',
      port: 443,
    });
    expect(b.fingerprint).toBe(a.fingerprint);
  });

  it('ignores certificate validity dates', () => {
    const where = { assetId: 'cert-api' };
    const a = identityOf({ ...rsa(2048), notAfter: '2020-01-01T00:00:00Z' }, where);
    const b = identityOf({ ...rsa(2048), notAfter: '2031-01-01T00:00:00Z' }, where);
    expect(b.fingerprint).toBe(a.fingerprint);
  });

  it('changes with host, port, asset, weakness type or family', () => {
    const base = identityOf(rsa(1024), { host: 'a.example', port: 443 }).fingerprint;
    expect(identityOf(rsa(1024), { host: 'b.example', port: 443 }).fingerprint).not.toBe(base);
    expect(identityOf(rsa(1024), { host: 'a.example', port: 8443 }).fingerprint).not.toBe(base);
    expect(identityOf(rsa(1024), { assetId: 'a' }).fingerprint).not.toBe(base);
    // RSA-2048 is another weakness (quantum-vulnerable, not weak): RSA-1024 → 2048 fixes one, opens one.
    expect(identityOf(rsa(2048), { host: 'a.example', port: 443 }).fingerprint).not.toBe(base);
    const ecdsa = { title: 'ECDSA P-256 certificate', algorithm: 'ECDSA', keySize: 256 };
    expect(identityOf(ecdsa, { host: 'a.example', port: 443 }).fingerprint).not.toBe(
      identityOf(rsa(2048), { host: 'a.example', port: 443 }).fingerprint,
    );
  });

  it('is weak without a location and strong with one', () => {
    expect(identityOf(rsa(1024), {}).quality).toBe('weak');
    expect(identityOf(rsa(1024), {}).location).toBeNull();
    expect(identityOf(rsa(1024), { assetId: 'x' }).quality).toBe('strong');
  });

  it("lets a scanner's own fingerprint win over the facts", () => {
    const a = identityOf(rsa(1024), { host: 'a.example', port: 443 }, 'scanner-42');
    const b = identityOf(rsa(4096), { host: 'b.example' }, 'scanner-42');
    expect(b.fingerprint).toBe(a.fingerprint);
    expect([a.quality, b.quality]).toEqual(['strong', 'strong']);
    // Without a location the fingerprint is weak, whoever made it (contract §10).
    const nowhere = identityOf(rsa(1024), {}, 'scanner-42');
    expect([nowhere.fingerprint, nowhere.quality]).toEqual([a.fingerprint, 'weak']);
  });

  it('normalises locations: asset id first, then host:port, then a file path without its line', () => {
    expect(locationKey({ assetId: ' Cert-API ', host: 'x' })).toBe('asset:cert-api');
    expect(locationKey({ host: 'Mail.Example.', port: 465 })).toBe('hp:mail.example:465');
    expect(locationKey({ host: 'mail.example' })).toBe('host:mail.example');
    expect(locationKey({ path: 'src/tls/config.go:42' })).toBe('path:src/tls/config.go');
    expect(locationKey({ path: 'src/crypto.ts#L10-L12' })).toBe('path:src/crypto.ts');
    expect(locationKey({})).toBeNull();
  });
});
