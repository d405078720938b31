import { csvCell, csvHeader, csvRow } from '../../src/remediation/export.format';
import { RemediationItemDto } from '../../src/remediation/remediation.dto';
import { DAY_MS, DEFAULT_SLA_RULES, SlaRules, SlaSubject, slaOf } from '../../src/remediation/sla';

const START = new Date('2026-03-01T12:00:00.000Z');
const day = (n: number): Date => new Date(START.getTime() + n * DAY_MS);
/** critical = 7 days, no due-soon window: the arithmetic of the examples. */
const RULES: SlaRules = { ...DEFAULT_SLA_RULES, dueSoonDays: 0 };

const item = (over: Partial<SlaSubject> = {}): SlaSubject => ({
  severity: 'critical',
  status: 'open',
  firstSeenAt: START,
  reopenedAt: null,
  regression: false,
  resolvedAt: null,
  updatedAt: START,
  ...over,
});

describe('SLA arithmetic (critical = 7 days)', () => {
  it('is within on day 6 with 1 day left, and due at clock start + 7 × 24 h', () => {
    const sla = slaOf(item(), RULES, day(6));
    expect(sla).toEqual({
      clockStartAt: START,
      dueAt: day(7),
      daysRemaining: 1,
      state: 'within',
    });
  });

  it('is breached on day 8 with −1 day, and rounds a part day down', () => {
    expect(slaOf(item(), RULES, day(8))).toMatchObject({ state: 'breached', daysRemaining: -1 });
    expect(slaOf(item(), RULES, day(7.5))).toMatchObject({ state: 'breached', daysRemaining: -1 });
    expect(slaOf(item(), RULES, day(6.5))).toMatchObject({ state: 'within', daysRemaining: 0 });
  });

  it('is breached only after the due time, not at it', () => {
    expect(slaOf(item(), RULES, day(7)).state).not.toBe('breached');
    expect(slaOf(item(), RULES, new Date(day(7).getTime() + 1)).state).toBe('breached');
  });

  it('is met when resolved on day 5 and missed when resolved on day 9, whenever it is read', () => {
    const met = item({ status: 'done', resolvedAt: day(5) });
    const missed = item({ status: 'done', resolvedAt: day(9) });
    for (const now of [day(6), day(30)]) {
      expect(slaOf(met, RULES, now)).toMatchObject({ state: 'met', daysRemaining: null });
      expect(slaOf(missed, RULES, now)).toMatchObject({ state: 'missed', daysRemaining: null });
    }
  });

  it('exempts accepted_risk, false_positive and a severity without days', () => {
    expect(slaOf(item({ status: 'accepted_risk' }), RULES, day(30)).state).toBe('exempt');
    expect(slaOf(item({ status: 'false_positive' }), RULES, day(30)).state).toBe('exempt');
    const info = slaOf(item({ severity: 'info' }), RULES, day(3000));
    expect(info).toMatchObject({ state: 'exempt', dueAt: null, daysRemaining: null });
  });

  it('is due_soon within dueSoonDays of the due time (inclusive)', () => {
    const rules = { ...RULES, dueSoonDays: 2 };
    expect(slaOf(item(), rules, day(4.9)).state).toBe('within');
    expect(slaOf(item(), rules, day(5)).state).toBe('due_soon');
    expect(slaOf(item(), rules, day(6.9)).state).toBe('due_soon');
    // The defaults (14 days soon, 7 days critical): a critical item is due soon from the start.
    expect(slaOf(item(), DEFAULT_SLA_RULES, day(0)).state).toBe('due_soon');
  });

  it('keeps the first-seen clock on a regression unless restartOnReopen', () => {
    const reopened = item({ regression: true, reopenedAt: day(20) });
    expect(slaOf(reopened, RULES, day(21))).toMatchObject({
      clockStartAt: START,
      state: 'breached',
    });
    const restarting = { ...RULES, restartOnReopen: true };
    expect(slaOf(reopened, restarting, day(21))).toMatchObject({
      clockStartAt: day(20),
      dueAt: day(27),
      daysRemaining: 6,
      state: 'within',
    });
    // Not a regression (never reopened): restartOnReopen changes nothing.
    expect(slaOf(item(), restarting, day(6)).clockStartAt).toEqual(START);
  });

  it('follows the policy: other days per severity, and a policy change applies at once', () => {
    const high = item({ severity: 'high' });
    expect(slaOf(high, RULES, day(29))).toMatchObject({ state: 'within', daysRemaining: 1 });
    const stricter = { ...RULES, days: { ...RULES.days, high: 10 } };
    expect(slaOf(high, stricter, day(29))).toMatchObject({ state: 'breached', daysRemaining: -19 });
  });
});

describe('CSV cells', () => {
  it("neutralises text that a spreadsheet would run as a formula with a leading '", () => {
    for (const text of ['=1+2', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) {
      expect(csvCell(text).replace(/^"|"$/g, '').startsWith(`'`)).toBe(true);
    }
    expect(csvCell('plain')).toBe('plain');
  });

  it('leaves numbers and booleans alone and quotes commas, quotes and line breaks', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(false)).toBe('false');
    expect(csvCell(null)).toBe('');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });

  it('flattens nested fields with dots under a fixed header', () => {
    const header = csvHeader().trimEnd().split(',');
    expect(header).toEqual(expect.arrayContaining(['updatedBy.keyId', 'verification.state']));
    const row = csvRow({
      remediationId: 'rem_001',
      updatedBy: { keyId: 'key_1', label: '-admin' },
      slaDaysRemaining: -2,
    } as unknown as RemediationItemDto)
      .trimEnd()
      .split(',');
    expect(row[header.indexOf('updatedBy.keyId')]).toBe('key_1');
    expect(row[header.indexOf('updatedBy.label')]).toBe(`'-admin`);
    expect(row[header.indexOf('slaDaysRemaining')]).toBe('-2');
    expect(row[header.indexOf('verification.state')]).toBe('');
  });
});
