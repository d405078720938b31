import {
  allowedQuantities,
  inventedQuantities,
  quantitiesIn,
} from '../../src/ai/scan-brief/quantities';

describe('scan brief: quantities in a text', () => {
  it.each([
    'FIPS 203',
    'TLS 1.2 and TLS 1.3',
    'RSA-2048',
    'ML-KEM-768',
    'NIST SP 800-131A Rev. 2',
    'NIST IR 8547',
    'X25519MLKEM768',
    'rem_001',
    'OpenSSH 8.8',
    'P-256',
    'SHA-1',
    'CNSA 2.0',
    'FIPS 186-5',
    'RFC 9325',
    'ECDHE-RSA-AES128-GCM-SHA256',
    'mlkem768x25519-sha256',
    'IKEv1',
  ])('a number inside a name is not a quantity: %s', (name) => {
    expect(quantitiesIn(`Replace it with ${name} soon.`)).toEqual([]);
  });

  it('finds counts, scores, percentages, days, years and dates', () => {
    expect(
      quantitiesIn(
        'The scan found 12 findings, 3 critical; score 45, 1,234 items, 45%, 7 days, by 2030-12-31, in 2035.',
      ),
    ).toEqual(['12', '3', '45', '1234', '45', '7', '2030-12-31', '2035']);
  });

  it('counts written in words are quantities too', () => {
    expect(quantitiesIn('Three items are late and a dozen more wait.')).toEqual(['3', '12']);
  });

  it('a capitalised word that is not a name does not hide a count', () => {
    expect(quantitiesIn('SLA 7 days; Q3 2027; Fix 4 items')).toEqual(['7', '2027', '4']);
  });

  it('allows the numbers of the facts: values, their absolute values, numbers in strings, the year of a date', () => {
    const allowed = allowedQuantities({
      count: 3,
      days: -5,
      deadline: { standard: 'NIST IR 8547 (draft)', date: '2030-12-31' },
      title: 'RSA-1024 certificate',
    });
    for (const q of ['3', '-5', '5', '2030-12-31', '2030', '1024', '8547'])
      expect(allowed).toContain(q);
    for (const q of ['4', '12', '31']) expect(allowed).not.toContain(q);
  });

  it('reports only the quantities that are not facts', () => {
    const allowed = allowedQuantities({ findingCount: 6, critical: 2, date: '2030-12-31' });
    expect(
      inventedQuantities('6 findings, 2 critical, RSA-2048 to ML-KEM-768 by 2030.', allowed),
    ).toEqual([]);
    expect(inventedQuantities('6 findings, 17 critical, 40% done by 2029.', allowed)).toEqual([
      '17',
      '40',
      '2029',
    ]);
  });
});
