import {
  DomainError,
  InvalidRequest,
  PreconditionFailed,
} from '../../src/common/errors/domain-errors';
import {
  effectiveChanges,
  historyOf,
  ItemState,
  planWrite,
  requestedChanges,
  UpsertRequest,
  versionMatches,
  WritableItem,
} from '../../src/remediation/upsert-rules';
import { parseTargetDate } from '../../src/remediation/target-date';

const NOW = new Date('2026-06-01T12:00:00.000Z');

function item(overrides: Partial<ItemState> = {}): ItemState {
  return {
    status: 'open',
    owner: null,
    notes: null,
    targetDate: null,
    dueAt: null,
    assetId: 'api-edge-01',
    resolvedAt: null,
    ...overrides,
  };
}

/** The changes an upsert makes on `current`, through both rule stages as the service runs them. */
function apply(current: ItemState, body: UpsertRequest) {
  return effectiveChanges(current, requestedChanges(body), NOW);
}

/** The field-level error a rule threw, for assertions on the field it names. */
function fieldErrorOf(run: () => unknown): { field: string; message: string } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidRequest);
    return (error as InvalidRequest).detail![0];
  }
  throw new Error('expected the rule to reject the request');
}

describe('upsert rules: transitions', () => {
  it('changes only the status when the rest is left out', () => {
    expect(apply(item(), { status: 'in_progress' })).toEqual({ status: 'in_progress' });
  });

  it('changes nothing when the request repeats the current values', () => {
    const current = item({ status: 'in_progress', owner: 'alice@example.com' });
    expect(apply(current, { status: 'in_progress', owner: 'alice@example.com' })).toEqual({});
  });

  it('a manual done waits for a scan (verification pending); leaving done clears pending', () => {
    const pending = item({ status: 'done', verificationState: 'pending', resolvedAt: NOW });
    expect(apply(pending, { status: 'in_progress' })).toEqual({
      status: 'in_progress',
      resolvedAt: null,
      verificationState: null,
    });
    const confirmed = item({ status: 'done', verificationState: 'confirmed', resolvedAt: NOW });
    expect(apply(confirmed, { status: 'open' })).toEqual({ status: 'open', resolvedAt: null });
  });

  it('sets resolvedAt when an item becomes done, and clears it when it reopens', () => {
    expect(apply(item(), { status: 'done' })).toEqual({
      status: 'done',
      resolvedAt: NOW,
      verificationState: 'pending',
    });
    const done = item({ status: 'done', resolvedAt: new Date('2026-05-01T00:00:00Z') });
    expect(apply(done, { status: 'open' })).toEqual({ status: 'open', resolvedAt: null });
  });

  it('keeps the first resolvedAt when a done item is marked done again', () => {
    const done = item({ status: 'done', resolvedAt: new Date('2026-05-01T00:00:00Z') });
    expect(apply(done, { status: 'done' })).toEqual({});
  });

  it.each(['accepted_risk', 'false_positive'] as const)(
    'requires notes to move an item to %s',
    (status) => {
      expect(fieldErrorOf(() => apply(item(), { status }))).toEqual({
        field: 'notes',
        message: `notes are required to justify ${status}`,
      });
      expect(apply(item(), { status, notes: 'Internal only.' })).toEqual({
        status,
        notes: 'Internal only.',
      });
    },
  );

  it('treats blank notes as none: they cannot justify accepted_risk', () => {
    expect(fieldErrorOf(() => apply(item(), { status: 'accepted_risk', notes: '   ' })).field).toBe(
      'notes',
    );
  });

  it('keeps an accepted risk without repeating its notes, but not with them cleared', () => {
    const accepted = item({ status: 'accepted_risk', notes: 'Decommissioned in Q3.' });
    expect(apply(accepted, { status: 'accepted_risk', owner: 'bob' })).toEqual({ owner: 'bob' });
    expect(
      fieldErrorOf(() => apply(accepted, { status: 'accepted_risk', notes: null })).field,
    ).toBe('notes');
  });

  it("rejects an assetId other than the item's, and clearing it", () => {
    expect(fieldErrorOf(() => apply(item(), { status: 'open', assetId: 'db-01' })).field).toBe(
      'assetId',
    );
    expect(fieldErrorOf(() => requestedChanges({ status: 'open', assetId: null })).field).toBe(
      'assetId',
    );
  });

  it('lets an item without an asset take one', () => {
    expect(apply(item({ assetId: null }), { status: 'open', assetId: 'db-01' })).toEqual({
      assetId: 'db-01',
    });
  });
});

describe('upsert rules: target dates', () => {
  it('makes a plain date due at the end of that day, UTC', () => {
    expect(apply(item(), { status: 'open', targetDate: '2026-12-31' })).toEqual({
      targetDate: '2026-12-31',
      dueAt: new Date('2027-01-01T00:00:00.000Z'),
    });
  });

  it('normalises a date-time with an offset to UTC, and reads one without as UTC', () => {
    expect(parseTargetDate('2026-12-31T17:00:00+02:00')).toEqual({
      normalised: '2026-12-31T15:00:00.000Z',
      dueAt: new Date('2026-12-31T15:00:00.000Z'),
    });
    expect(parseTargetDate('2026-12-31T17:00')?.normalised).toBe('2026-12-31T17:00:00.000Z');
  });

  it.each(['2026-02-30', '2026-13-01', '31/12/2026', '2026-12-31T24:00:00Z', '1969-12-31', ''])(
    'rejects %p as a target date',
    (text) => {
      expect(parseTargetDate(text)).toBeNull();
      expect(fieldErrorOf(() => requestedChanges({ status: 'open', targetDate: text })).field).toBe(
        'targetDate',
      );
    },
  );

  it('accepts 29 February only in a leap year', () => {
    expect(parseTargetDate('2028-02-29')).not.toBeNull();
    expect(parseTargetDate('2027-02-29')).toBeNull();
  });

  it('clears the target date and its due instant with null', () => {
    const dated = item({ targetDate: '2026-12-31', dueAt: new Date('2027-01-01T00:00:00Z') });
    expect(apply(dated, { status: 'open', targetDate: null })).toEqual({
      targetDate: null,
      dueAt: null,
    });
  });

  it('changes nothing when the same date is sent again', () => {
    const dated = item({ targetDate: '2026-12-31', dueAt: new Date('2027-01-01T00:00:00Z') });
    expect(apply(dated, { status: 'open', targetDate: '2026-12-31' })).toEqual({});
  });
});

describe('upsert rules: history', () => {
  it('records each tracked field that changes, from its current value, dates as ISO text', () => {
    const current = item({ owner: 'alice' });
    const changes = apply(current, { status: 'done', owner: 'bob', targetDate: '2026-12-31' });
    expect(historyOf(current, changes)).toEqual({
      status: { from: 'open', to: 'done' },
      owner: { from: 'alice', to: 'bob' },
      targetDate: { from: null, to: '2026-12-31' },
      verification: { from: null, to: 'pending' },
      resolvedAt: { from: null, to: NOW.toISOString() },
    });
  });
});

describe('upsert rules: If-Match', () => {
  it.each([
    ['3', true],
    ['"3"', true],
    ['W/"3"', true],
    ['*', true],
    ['"1", "3"', true],
    ['"2"', false],
    ['30', false],
    ['', false],
  ])('If-Match %p against version 3: %p', (ifMatch, matches) => {
    expect(versionMatches(ifMatch, 3)).toBe(matches);
  });
});

describe('upsert rules: a whole write (planWrite, for the upsert and each bulk item)', () => {
  const writable = (overrides: Partial<WritableItem> = {}): WritableItem => ({
    ...item(),
    remediationId: 'rem_001',
    version: 3,
    supersededByScanId: null,
    supersededByRemediationId: null,
    ...overrides,
  });
  const owner = requestedChanges({ status: 'open', owner: 'bob' });

  it('plans the changes and the history entry; null when nothing changes', () => {
    expect(planWrite(writable(), owner, NOW)).toEqual({
      changes: { owner: 'bob' },
      history: { owner: { from: null, to: 'bob' } },
    });
    expect(planWrite(writable({ owner: 'bob' }), owner, NOW)).toBeNull();
  });

  it('rejects a superseded item first (409 naming the current item), then a stale version (412)', () => {
    const superseded = writable({
      supersededByScanId: 'scan_B',
      supersededByRemediationId: 'rem_007',
    });
    const stale = { name: 'ifMatch', value: '"2"' };
    const run = (target: WritableItem) => {
      try {
        planWrite(target, owner, NOW, stale);
      } catch (error) {
        return error as DomainError;
      }
      throw new Error('expected a rejection');
    };
    expect(run(superseded)).toMatchObject({
      code: 'conflict',
      detail: [
        { field: 'scanId', message: 'superseded by scan scan_B' },
        { field: 'remediationId', message: 'superseded by scan_B/rem_007' },
      ],
    });
    const error = run(writable());
    expect(error).toBeInstanceOf(PreconditionFailed);
    expect(error.message).toBe('ifMatch "2" does not match the current version 3.');
    expect(planWrite(writable(), owner, NOW, { name: 'If-Match', value: '3' })).not.toBeNull();
  });
});
