import { maxNesting, tooWideObject } from '../../src/common/http/json-body';
import { nestedDeeperThan } from '../../src/common/errors/validation.pipe';

/** The deepest nesting by walking the parsed value, as the validation pipe measures it. */
function walkedDepth(value: unknown): number {
  let depth = 0;
  while (nestedDeeperThan(value, depth)) depth++;
  return depth;
}

describe('maxNesting (body depth from the JSON text)', () => {
  it.each([
    ['{}', 1],
    ['[]', 1],
    ['{"a":1,"b":[1,2,{"c":null}]}', 3],
    ['{"a":"{{{[[[","b":{}}', 2],
    ['{"a":"quote \\" then [[[ and \\\\","b":[[]]}', 3],
    ['{"\\\\":{"k\\"{":[1,"]]]"]}}', 3],
    ['[{"a":[{"b":[]}]},{}]', 5],
    ['{"a":{"b":{"c":{"d":{}}}},"e":[]}', 5],
  ])('%s is %i deep, as walking the parsed value says', (text, depth) => {
    expect(maxNesting(text)).toBe(depth);
    expect(walkedDepth(JSON.parse(text))).toBe(depth);
  });

  it('agrees with the walk on a body just past the limit and on one at it', () => {
    const deep = (levels: number): string => '['.repeat(levels) + ']'.repeat(levels);
    for (const levels of [128, 129]) {
      const text = `{"x":${deep(levels - 1)}}`;
      expect(maxNesting(text)).toBe(levels);
      expect(nestedDeeperThan(JSON.parse(text), 128)).toBe(levels > 128);
    }
  });
});

describe('tooWideObject (objects with too many members, from the JSON text)', () => {
  const members = (count: number, prefix = 'k'): string =>
    `{${Array.from({ length: count }, (_, i) => `"${prefix}${i}":${i}`).join(',')}}`;

  it('says nothing of objects at or under the limit, and counts no array elements', () => {
    expect(tooWideObject(members(3), 3)).toBeNull();
    expect(
      tooWideObject(`{"a":[${Array.from({ length: 5_000 }, (_, i) => i).join(',')}]}`, 3),
    ).toBeNull();
    expect(tooWideObject('{"a":"x,y,z,{[","b":"]},,,"}', 2)).toBeNull();
    expect(tooWideObject('{}', 0)).toBeNull();
  });

  it('names the first object over the limit by its path, as field errors do', () => {
    expect(tooWideObject(members(4), 3)).toBe('body');
    expect(tooWideObject(`{"findings":[{"title":"x","details":${members(4)}}]}`, 3)).toBe(
      'findings[0].details',
    );
    expect(tooWideObject(`{"f":[{},{"a":1,"d":${members(4)}}]}`, 3)).toBe('f[1].d');
    expect(tooWideObject(`{"k\\"{,":{"in":${members(4)}}}`, 3)).toBe('k"{,.in');
    expect(tooWideObject(`[1,2,{"x":[${members(4)}]}]`, 3)).toBe('[2].x[0]');
  });

  it('agrees with the parsed object on where the limit falls', () => {
    for (const count of [999, 1_000, 1_001]) {
      const text = `{"finding":${members(count)}}`;
      const parsed = JSON.parse(text) as { finding: object };
      expect(tooWideObject(text, 1_000) !== null).toBe(Object.keys(parsed.finding).length > 1_000);
    }
  });
});
