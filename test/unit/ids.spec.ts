import { IDS_PER_STEM, newId, newIdStem, ulid } from '../../src/common/ids';

const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

describe('ids', () => {
  it('makes distinct ULIDs across many refills of the random pool', () => {
    // 20,000 ids use the 4 KiB pool about 80 times over: a reused chunk would repeat an id.
    const ids = Array.from({ length: 20_000 }, () => ulid(1_700_000_000_000));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids.slice(0, 500)) expect(id).toMatch(ULID);
  });

  it('orders by creation time and keeps the prefix', () => {
    expect(ulid(1_000).slice(0, 10) < ulid(2_000).slice(0, 10)).toBe(true);
    expect(newId('req')).toMatch(/^req_[0-9A-HJKMNP-TV-Z]{26}$/);
  });

  it('spreads the random part over the whole alphabet', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2_000; i++) for (const c of ulid().slice(10)) seen.add(c);
    expect(seen.size).toBe(32);
  });

  it('completes one stem into distinct ids of the usual form, in order', () => {
    const stem = newIdStem('dlv');
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    // What idCompletionSql asks PostgreSQL for: substr(alphabet, n, 1) for n = 1..IDS_PER_STEM.
    const ids = Array.from({ length: IDS_PER_STEM }, (_, i) => stem + alphabet[i]);
    expect(new Set(ids).size).toBe(IDS_PER_STEM);
    for (const id of ids) expect(id).toMatch(/^dlv_[0-9A-HJKMNP-TV-Z]{26}$/);
    expect([...ids].sort()).toEqual(ids);
    expect(newIdStem('dlv')).not.toBe(stem);
  });
});
