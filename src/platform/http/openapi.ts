import { jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';

type TransformObjectInput = Parameters<typeof jsonSchemaTransformObject>[0];
type OpenApiDocument = ReturnType<typeof jsonSchemaTransformObject>;

/**
 * Named components for the zod schemas registered with an id (`.meta({ id: 'Contact' })`), so the
 * OpenAPI document says `$ref: '#/components/schemas/Contact'` and the web app's generated types
 * (`npm run gen:api`) get one name per resource. fastify-type-provider-zod writes an input twin
 * (`ContactInput`) of every such schema; the twins no request body refers to are left out.
 */
export function openApiComponents(input: TransformObjectInput): OpenApiDocument {
  const document = jsonSchemaTransformObject(input) as OpenApiDocument & {
    components?: { schemas?: Record<string, unknown> };
  };
  const schemas = document.components?.schemas;
  if (!schemas) return document;
  const referenced = (names: Set<string>) => {
    const text = JSON.stringify({ ...document, components: { ...document.components, schemas: {} } });
    const inUse = new Set<string>();
    const visit = (json: string) => {
      for (const m of json.matchAll(/"#\/components\/schemas\/([^"]+)"/g)) {
        const name = m[1] as string;
        if (inUse.has(name) || !names.has(name)) continue;
        inUse.add(name);
        visit(JSON.stringify(schemas[name]));
      }
    };
    visit(text);
    return inUse;
  };
  const inUse = referenced(new Set(Object.keys(schemas)));
  for (const name of Object.keys(schemas)) {
    if (name.endsWith('Input') && !inUse.has(name)) delete schemas[name];
  }
  return document;
}

/**
 * The declared answer of a route that replies 204: the document then says so, with no body
 * (fastify-type-provider-zod writes `z.undefined()` as `type: null`, which @fastify/swagger leaves bodiless).
 */
export const NoContent = z.undefined().describe('No content');

/** The answer of a route that replies 202 with no body (the work goes on in a job). */
export const Accepted = z.undefined().describe('Accepted');
