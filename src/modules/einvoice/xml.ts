import { XMLBuilder } from 'fast-xml-parser';

/**
 * The XML writer of the outgoing e-invoices: fast-xml-parser's builder over plain objects whose key
 * order is the element order the schema's sequences demand. Attributes are `@_name`, text `#text`;
 * `undefined` members are left out, so optional elements are written as `cond ? value : undefined`.
 * Text and attributes are escaped by the builder.
 */
const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  suppressEmptyNode: true,
});

export type XmlNode = string | XmlObject | XmlNode[] | undefined;
export interface XmlObject {
  [name: string]: XmlNode;
}

/** Characters XML 1.0 cannot carry (control characters other than tab and line breaks). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters refused.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** A text value safe to write (invalid characters dropped), or undefined for an empty one. */
export const text = (v: string | null | undefined): string | undefined => {
  if (v === null || v === undefined) return undefined;
  const t = v.replace(INVALID_XML, '').trim();
  return t === '' ? undefined : t;
};

/** An element with attributes and text. */
export const withAttrs = (value: string, attrs: Record<string, string | null | undefined>): XmlObject => {
  const node: XmlObject = { '#text': value };
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined) node[`@_${k}`] = v;
  return node;
};

export const XML_DECLARATION: XmlObject = { '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' } };

export const buildXml = (root: XmlObject): string => builder.build({ ...XML_DECLARATION, ...root });
