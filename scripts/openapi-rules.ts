/**
 * Rules our document must follow that Spectral's `spectral:oas` does not enforce (or only
 * warns about): they make the generated client's names and types good, not just valid.
 */

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

// What our fallback operationIdFactory makes (`ScansController_list`) fails this on purpose.
const OPERATION_ID = /^[a-z][a-zA-Z0-9]*$/;

interface Parameter {
  name?: string;
  in?: string;
  schema?: { type?: string };
  $ref?: string;
}

interface Operation {
  operationId?: string;
  tags?: string[];
  summary?: string;
  description?: string;
  parameters?: Parameter[];
}

export interface OpenApiLike {
  paths?: Record<string, Partial<Record<string, unknown>> & { parameters?: Parameter[] }>;
  components?: { parameters?: Record<string, Parameter> };
}

/** Every problem found, one message each; empty when the document passes. */
export function checkOperations(document: OpenApiLike): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item[method] as Operation | undefined;
      if (!operation) continue;
      const where = `${method.toUpperCase()} ${path}`;
      problems.push(...checkOperationId(where, operation.operationId, seen));
      if (!operation.tags?.length) problems.push(`${where} has no tag`);
      if (!operation.summary?.trim()) problems.push(`${where} has no summary`);
      if (!operation.description?.trim()) problems.push(`${where} has no description`);
      const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])];
      problems.push(...checkLimit(where, parameters, document));
    }
  }
  return problems;
}

function checkOperationId(
  where: string,
  id: string | undefined,
  seen: Map<string, string>,
): string[] {
  if (!id) return [`${where} has no operationId`];
  const problems: string[] = [];
  if (!OPERATION_ID.test(id)) {
    problems.push(
      `${where} has operationId "${id}": name it in camelCase, verb first (listScans), ` +
        'with @ApiOperation({ operationId }) on the handler',
    );
  }
  const other = seen.get(id);
  if (other) problems.push(`${where} reuses operationId "${id}" of ${other}`);
  else seen.set(id, where);
  return problems;
}

function checkLimit(where: string, parameters: Parameter[], document: OpenApiLike): string[] {
  return parameters
    .map((parameter) => resolveParameter(parameter, document))
    .filter((p) => p.name === 'limit' && p.schema?.type !== 'integer')
    .map(
      (p) => `${where}: parameter "limit" (${p.in}) is ${p.schema?.type ?? 'untyped'}, not integer`,
    );
}

function resolveParameter(parameter: Parameter, document: OpenApiLike): Parameter {
  const prefix = '#/components/parameters/';
  if (!parameter.$ref?.startsWith(prefix)) return parameter;
  return document.components?.parameters?.[parameter.$ref.slice(prefix.length)] ?? parameter;
}
