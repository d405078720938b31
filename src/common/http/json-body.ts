import { FastifyInstance, FastifyRequest } from 'fastify';
import { InvalidRequest } from '../errors/domain-errors';

/**
 * Members an object of a request body may have. No request field needs more (a finding's
 * `details` fits 16 KiB, a CBOM's objects have a few dozen fields), while parsing a 200,000-key
 * object held the event loop for tens of milliseconds: such bodies are refused from a scan of
 * their text, before they are parsed.
 */
export const MAX_OBJECT_MEMBERS = 1_000;

/**
 * Nesting depth of parsed request bodies, measured on the JSON text. Walking the parsed
 * object for its depth costs about 40 times as much as scanning its text (a 200,000-key
 * object: ~185 ms against ~4 ms), all of it on the event loop; the validation pipe asks here
 * first and walks the object only for a body it does not know.
 */
const textDepth = new WeakMap<object, number>();

/**
 * Bodies over this many characters keep their text, so that work on one of their top-level
 * objects can be moved to a worker thread that parses it again there: sending a string to a
 * worker is a copy, while sending the parsed object costs the event loop about as much as
 * parsing it did.
 */
export const LARGE_BODY_CHARS = 256 * 1024;
const largeSources = new WeakMap<object, JsonSource>();

export interface JsonSource {
  /** The whole body as JSON text. */
  text: string;
  /** The top-level key that holds the object. */
  key: string;
}

/** Where a top-level object of a large JSON body came from, if this parser read it. */
export function jsonSourceOf(member: unknown): JsonSource | undefined {
  return typeof member === 'object' && member !== null ? largeSources.get(member) : undefined;
}

/** The body's nesting depth as its JSON text showed it, if this parser read it. */
export function jsonDepthOf(body: unknown): number | undefined {
  return typeof body === 'object' && body !== null ? textDepth.get(body) : undefined;
}

/**
 * Fastify's own JSON parser (secure-json-parse, with Fastify's defaults for `__proto__` and
 * `constructor.prototype` keys: refused as invalid JSON), unchanged in every answer, and the
 * depth of each object or array body recorded from its text on the way.
 */
export function addJsonBodyParser(fastify: FastifyInstance): void {
  // Fastify's defaults for onProtoPoisoning and onConstructorPoisoning, which we do not change.
  const parse = fastify.getDefaultJsonParser('error', 'error');
  fastify.addContentTypeParser(
    'application/json',
    { parseAs: 'string', bodyLimit: fastify.initialConfig.bodyLimit },
    (request: FastifyRequest, text: string, done) => {
      const shape = shapeOf(text, MAX_OBJECT_MEMBERS);
      if (shape.tooWide !== null) {
        const wide = shape.tooWide;
        const message = `${wide} has more than ${MAX_OBJECT_MEMBERS} members; no object in a request body may have more`;
        done(InvalidRequest.field(wide, message), undefined);
        return;
      }
      void parse(request, text, (error: Error | null, value?: unknown) => {
        if (!error && typeof value === 'object' && value !== null) {
          textDepth.set(value, shape.deepest);
          // A body with more top-level members than any request has fields is refused for its
          // unknown fields anyway: not worth enumerating (tens of ms for 50,000 keys).
          if (text.length > LARGE_BODY_CHARS && shape.topLevelMembers <= MAX_TOP_LEVEL_MEMBERS)
            rememberSource(value as Record<string, unknown>, text);
        }
        done(error, value);
      });
    },
  );
}

function rememberSource(body: Record<string, unknown>, text: string): void {
  if (Array.isArray(body)) return;
  for (const key of Object.keys(body)) {
    const member = body[key];
    if (typeof member === 'object' && member !== null && !Array.isArray(member)) {
      largeSources.set(member, { text, key });
    }
  }
}

const MAX_TOP_LEVEL_MEMBERS = 64;

/** The deepest nesting of objects and arrays in valid JSON text: the top-level object is 1. */
export function maxNesting(text: string): number {
  return shapeOf(text).deepest;
}

/**
 * The path (`findings[0].details`, `body` for the top level) of the first object in the JSON
 * text with more than `limit` members, or null.
 */
export function tooWideObject(text: string, limit: number): string | null {
  return shapeOf(text, limit).tooWide;
}

interface TextShape {
  /** The deepest nesting; the top-level object is 1. */
  deepest: number;
  /** Members of the top-level object or array. */
  topLevelMembers: number;
  /** The path of the first object with more than the limit's members; the scan stops there. */
  tooWide: string | null;
}

/** Deeper bodies are refused for their depth (validation.pipe.ts): members not counted there. */
const TRACKED_DEPTH = 256;

/**
 * One pass over JSON text, before it is parsed. For valid JSON, the deepest nesting is the
 * same measure as walking the parsed value (brackets inside strings do not count; a key the
 * parser removes can only make it smaller). Text that is not valid JSON gives some shape, and
 * its parse then fails as usual.
 */
function shapeOf(text: string, maxMembers = Infinity): TextShape {
  // Per open container, by depth: object or array, commas so far, where its current key starts.
  const isObject: boolean[] = [];
  const commas: number[] = [];
  const keyStart: number[] = [];
  let depth = 0;
  let deepest = 0;
  let topLevelEmpty = true;
  let inString = false;
  let expectingKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) {
      inString = true;
      if (depth === 1) topLevelEmpty = false;
      if (expectingKey) keyStart[depth] = i;
      expectingKey = false;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (depth === 1) topLevelEmpty = false;
      if (++depth > deepest) deepest = depth;
      if (depth <= TRACKED_DEPTH) {
        isObject[depth] = c === OPEN_BRACE;
        commas[depth] = 0;
      }
      expectingKey = c === OPEN_BRACE;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth--;
      expectingKey = false;
    } else if (c === COMMA && depth > 0 && depth <= TRACKED_DEPTH) {
      if (++commas[depth] >= maxMembers && isObject[depth]) {
        return {
          deepest,
          topLevelMembers: 0,
          tooWide: pathTo(text, depth, isObject, commas, keyStart),
        };
      }
      expectingKey = isObject[depth];
    } else if (depth === 1 && c > SPACE) topLevelEmpty = false;
  }
  const topLevelMembers = topLevelEmpty ? 0 : (commas[1] ?? 0) + 1;
  return { deepest, topLevelMembers, tooWide: null };
}

function pathTo(
  text: string,
  depth: number,
  isObject: boolean[],
  commas: number[],
  keyStart: number[],
): string {
  let path = '';
  for (let level = 1; level < depth; level++) {
    if (!isObject[level]) path += `[${commas[level]}]`;
    else path += (path ? '.' : '') + stringAt(text, keyStart[level]);
  }
  return path || 'body';
}

/** The JSON string token that starts at `start`, decoded. */
function stringAt(text: string, start: number): string {
  let end = start + 1;
  while (end < text.length && text.charCodeAt(end) !== QUOTE) {
    end += text.charCodeAt(end) === BACKSLASH ? 2 : 1;
  }
  try {
    return String(JSON.parse(text.slice(start, end + 1)));
  } catch {
    return '?';
  }
}

const SPACE = 0x20;
const COMMA = 0x2c;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
