import {
  BaselineItem,
  countsOf,
  planRescan,
  RescanFinding,
} from '../../src/remediation/rescan-rules';

const item = (overrides: Partial<BaselineItem> = {}): BaselineItem => ({
  scanId: 'scan_A',
  remediationId: 'rem_001',
  fingerprint: 'fp1_a',
  fingerprintQuality: 'strong',
  location: 'hp:a:443',
  status: 'open',
  verificationState: null,
  ...overrides,
});
const finding = (overrides: Partial<RescanFinding> = {}): RescanFinding => ({
  position: 1,
  fingerprint: 'fp1_a',
  location: 'hp:a:443',
  duplicate: false,
  ...overrides,
});
const none = new Set<string>();

describe('rescan rules: which baseline item becomes what', () => {
  it.each(['open', 'in_progress', 'blocked', 'accepted_risk', 'false_positive'] as const)(
    'a found %s item is carried',
    (status) => {
      const b = item({ status });
      const plan = planRescan([finding()], [b], 'partial', none);
      expect(plan.findings).toEqual([{ position: 1, change: 'carried', from: b }]);
      expect(plan.baseline).toEqual([]);
    },
  );

  it('a found done item is reopened', () => {
    const b = item({ status: 'done', verificationState: 'confirmed' });
    expect(planRescan([finding()], [b], 'complete', none).findings).toEqual([
      { position: 1, change: 'reopened', from: b },
    ]);
  });

  it('an absent item is fixed only where the scan looked', () => {
    const b = item({ fingerprint: 'fp1_gone' });
    const elsewhere = finding({ location: 'hp:b:443' });
    expect(planRescan([elsewhere], [b], 'partial', none).baseline).toEqual([
      { change: 'notObserved', item: b },
    ]);
    expect(planRescan([elsewhere], [b], 'partial', new Set(['hp:a:443'])).baseline).toEqual([
      { change: 'fixed', item: b },
    ]);
    expect(
      planRescan([finding({ fingerprint: 'fp1_other' })], [b], 'partial', none).baseline,
    ).toEqual([{ change: 'fixed', item: b }]);
    expect(planRescan([], [b], 'complete', none).baseline).toEqual([{ change: 'fixed', item: b }]);
  });

  it('an absent weak item is never fixed; a confirmed one is settled and not counted', () => {
    const weak = item({ fingerprintQuality: 'weak', location: null, fingerprint: 'fp1_w' });
    const settled = item({
      remediationId: 'rem_002',
      fingerprint: 'fp1_s',
      verificationState: 'confirmed',
      status: 'done',
    });
    const plan = planRescan([], [weak, settled], 'complete', none);
    expect(plan.baseline).toEqual([{ change: 'notObserved', item: weak }]);
    expect(countsOf(plan)).toMatchObject({ notObserved: 1, fixed: 0 });
  });

  it('duplicates are not matched; of two baseline items with one fingerprint the newest carries', () => {
    const older = item({ scanId: 'scan_A' });
    const newer = item({ scanId: 'scan_B' });
    const plan = planRescan(
      [finding(), finding({ position: 2, duplicate: true })],
      [older, newer],
      'partial',
      none,
    );
    expect(plan.findings).toEqual([
      { position: 1, change: 'carried', from: newer },
      { position: 2, change: 'duplicate' },
    ]);
    // The older one is still there (the finding is present): never fixed, left alone.
    expect(plan.baseline).toEqual([{ change: 'notObserved', item: older }]);
    expect(countsOf(plan)).toEqual({
      new: 0,
      carried: 1,
      fixed: 0,
      reopened: 0,
      notObserved: 1,
      duplicates: 1,
    });
  });

  it('an unmatched finding is new', () => {
    expect(planRescan([finding()], [], 'partial', none).findings).toEqual([
      { position: 1, change: 'new' },
    ]);
  });
});
