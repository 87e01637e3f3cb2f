/**
 * A catalog split in two by web/vite.config.ts (catalogParts): the sections the public pages use
 * (public-sections.json) and the rest, each a chunk of its own.
 */
declare module 'virtual:catalog/*' {
  const part: Record<string, unknown>;
  export default part;
}
