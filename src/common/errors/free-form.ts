import { applyDecorators } from '@nestjs/common';
import { Allow } from 'class-validator';

const FREE_FORM = Symbol('freeForm');

export interface FreeFormSpec {
  /** Most bytes the value may take as JSON; absent: only the route's body limit bounds it. */
  maxBytes?: number;
}

/**
 * A free-form JSON object (scanner details, a CBOM, a finding to explain). The validation pipe
 * never lets class-transformer walk such a value (its cost grows with the square of the key
 * count): it checks the type and the byte budget in one linear pass and passes the value
 * through untouched.
 */
export const FreeFormObject = (spec: FreeFormSpec = {}): PropertyDecorator =>
  applyDecorators(Allow(), (target: object, property: string | symbol) => {
    const owner = target.constructor;
    const own = freeFormFields(owner);
    const fields = new Map(own);
    fields.set(String(property), spec);
    Reflect.defineMetadata(FREE_FORM, fields, owner);
  });

export function freeFormFields(cls: unknown): ReadonlyMap<string, FreeFormSpec> {
  return (
    (Reflect.getMetadata(FREE_FORM, cls as object) as Map<string, FreeFormSpec> | undefined) ??
    new Map()
  );
}

/**
 * True when `value` takes more than `max` bytes as JSON. A linear walk that stops as soon as
 * a lower bound of the size passes the budget, then, for what fits, the exact size.
 */
export function exceedsJsonBytes(value: unknown, max: number): boolean {
  let bytes = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node === 'string') bytes += node.length + 2;
    else if (node === null || typeof node !== 'object') bytes += String(node).length;
    else if (Array.isArray(node)) {
      bytes += 1 + node.length;
      for (const child of node) stack.push(child);
    } else {
      bytes += 1;
      for (const key in node) {
        bytes += key.length + 4;
        if (bytes > max) return true;
        stack.push((node as Record<string, unknown>)[key]);
      }
    }
    if (bytes > max) return true;
  }
  return Buffer.byteLength(JSON.stringify(value)) > max;
}
