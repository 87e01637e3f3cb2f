import fastJson from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify/types/schema.js';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import { type ZodType, z } from 'zod';

/**
 * Response serialization from the route's zod schema. Two modes:
 * - checked (tests, RESPONSE_VALIDATION=true): zod encodes and validates every response, so a
 *   handler returning the wrong shape fails loudly;
 * - fast (default): the zod schema is compiled once to JSON Schema and then to a fast-json-stringify
 *   function. It still writes only the declared properties (a stray column such as a password hash
 *   never leaks) and is several times faster than validating then stringifying large lists.
 */
export function responseSerializerCompiler(checked: boolean): FastifySerializerCompiler<unknown> {
  if (checked) return zodSerializerCompiler as unknown as FastifySerializerCompiler<unknown>;
  return ({ schema }) => {
    const jsonSchema = z.toJSONSchema(schema as ZodType, {
      io: 'output',
      target: 'draft-7',
      unrepresentable: 'any',
    });
    return fastJson(jsonSchema as Parameters<typeof fastJson>[0]);
  };
}
