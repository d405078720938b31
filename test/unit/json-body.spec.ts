import { maxNesting } from '../../src/common/http/json-body';
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
