import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Webhook } from 'standardwebhooks';
import { loadConfig } from '../../src/config/app-config';
import { SecretBox } from '../../src/webhooks/secret-box';
import { generateSigningSecret, sign, webhookHeaders } from '../../src/webhooks/signature';

describe('webhook signatures (Standard Webhooks)', () => {
  const body = JSON.stringify({ type: 'webhook.ping', data: { n: 1 } });
  const now = Math.floor(Date.now() / 1000);

  it('generates whsec_ secrets of 32 random bytes', () => {
    const a = generateSigningSecret();
    expect(a).toMatch(/^whsec_/);
    expect(Buffer.from(a.slice(6), 'base64')).toHaveLength(32);
    expect(generateSigningSecret()).not.toBe(a);
  });

  it('matches the standardwebhooks library, which verifies our headers', () => {
    const secret = generateSigningSecret();
    const wh = new Webhook(secret);
    const ours = sign(secret, 'msg_1', now, body);
    expect(ours).toBe(wh.sign('msg_1', new Date(now * 1000), body));
    expect(wh.verify(body, webhookHeaders([secret], 'msg_1', now, body))).toEqual(JSON.parse(body));
  });

  it('carries two signatures during a rotation, each verifying with its own secret', () => {
    const [oldSecret, newSecret] = [generateSigningSecret(), generateSigningSecret()];
    const headers = webhookHeaders([newSecret, oldSecret], 'msg_2', now, body);
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(() => new Webhook(oldSecret).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(newSecret).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(generateSigningSecret()).verify(body, headers)).toThrow();
  });

  it('fails verification for a changed body, id or timestamp', () => {
    const secret = generateSigningSecret();
    const headers = webhookHeaders([secret], 'msg_3', now, body);
    const wh = new Webhook(secret);
    expect(() => wh.verify(body + ' ', headers)).toThrow();
    expect(() => wh.verify(body, { ...headers, 'webhook-id': 'msg_4' })).toThrow();
    expect(() => wh.verify(body, { ...headers, 'webhook-timestamp': String(now + 1) })).toThrow();
    const stale = webhookHeaders([secret], 'msg_3', now - 3600, body);
    expect(() => wh.verify(body, stale)).toThrow();
  });
});

describe('webhook secrets at rest', () => {
  let dataDir: string;
  beforeEach(() => (dataDir = mkdtempSync(join(tmpdir(), 'webhook-key-'))));
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  const box = (env: Record<string, string>) =>
    new SecretBox(loadConfig({ DATA_DIR: dataDir, ...env }));

  it('on the embedded database, generates a key into DATA_DIR with mode 0600 and reuses it', () => {
    const sealed = box({}).encrypt('whsec_abc', 'wh_1');
    const file = join(dataDir, 'data-encryption.key');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(sealed).not.toContain('whsec_abc');
    expect(box({}).decrypt(sealed, 'wh_1')).toBe('whsec_abc');
  });

  it('binds a ciphertext to its row: another row id does not decrypt it', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    const sealed = box({ DATA_ENCRYPTION_KEY: key }).encrypt('whsec_abc', 'wh_1');
    expect(() => box({ DATA_ENCRYPTION_KEY: key }).decrypt(sealed, 'wh_2')).toThrow();
  });

  it('on a server database without DATA_ENCRYPTION_KEY, refuses with a message naming it', () => {
    const server = box({ DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/db' });
    expect(() => server.requireKey()).toThrow(/DATA_ENCRYPTION_KEY/);
  });

  it('rejects a DATA_ENCRYPTION_KEY that is not base64 of 32 bytes, without echoing it', () => {
    expect(() => loadConfig({ DATA_ENCRYPTION_KEY: 'c2hvcnQ=' })).toThrow(
      /DATA_ENCRYPTION_KEY must be base64 of 32 random bytes$/,
    );
  });
});
