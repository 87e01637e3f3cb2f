import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { refuseEInvoice } from '../input.js';

/** One element: its local name and namespace resolved, attributes by local name, text trimmed. */
export interface XmlElement {
  /** The name as written (`cbc:PayableAmount`), for error paths. */
  qname: string;
  local: string;
  ns: string;
  attrs: Record<string, string>;
  text: string;
  children: XmlElement[];
  parent: XmlElement | null;
}

type Ordered = Record<string, unknown>;

/*
 * No entity is ever expanded: the input has been refused already if it declares a DOCTYPE or ENTITY
 * (checkEInvoiceInput), and the parser is told not to process entities either, so even the five
 * predefined ones reach us verbatim and are decoded below, together with character references.
 * preserveOrder keeps the namespace declarations with their element, so prefixes resolve per scope.
 */
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  cdataPropName: '#cdata',
  trimValues: false,
  maxNestedTags: 64,
});

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The five predefined XML entities and character references; anything else stays as written. */
export const decodeXmlText = (s: string): string =>
  s.indexOf('&') < 0
    ? s
    : s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (all, ref: string) => {
        if (ref.charCodeAt(0) !== 35) return PREDEFINED[ref] ?? all;
        const code = ref[1] === 'x' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
        return code <= 0x10ffff ? String.fromCodePoint(code) : all;
      });

/** Parses well-formed XML into namespace-resolved elements; refuses malformed XML with its line. */
export function parseXml(text: string): XmlElement {
  const valid = XMLValidator.validate(text);
  if (valid !== true)
    throw refuseEInvoice(
      'validation_failed',
      'The e-invoice is not well-formed XML (line {line}): {reason}',
      {
        line: valid.err.line,
        reason: valid.err.msg,
      },
    );
  let top: Ordered[];
  try {
    top = parser.parse(text) as Ordered[];
  } catch (e) {
    // Past maxNestedTags (no invoice nests 64 deep; a deeper one is built to exhaust the stack).
    throw refuseEInvoice('validation_failed', 'The e-invoice could not be read as XML: {reason}', {
      reason: e instanceof Error ? e.message : String(e),
    });
  }
  for (const node of top) {
    const el = toElement(node, new Map([['xml', 'http://www.w3.org/XML/1998/namespace']]), null);
    if (el) return el;
  }
  throw refuseEInvoice('validation_failed', 'The e-invoice is not well-formed XML (line {line}): {reason}', {
    line: 1,
    reason: 'no root element',
  });
}

function toElement(node: Ordered, scope: Map<string, string>, parent: XmlElement | null): XmlElement | null {
  let qname: string | null = null;
  for (const key of Object.keys(node)) {
    if (key !== ':@' && key !== '#text' && key !== '#cdata') {
      qname = key;
      break;
    }
  }
  if (qname === null) return null;
  const rawAttrs = (node[':@'] ?? {}) as Record<string, string>;
  let ownScope = scope;
  const attrs: Record<string, string> = {};
  for (const [name, value] of Object.entries(rawAttrs)) {
    if (name === 'xmlns' || name.startsWith('xmlns:')) {
      if (ownScope === scope) ownScope = new Map(scope);
      ownScope.set(name === 'xmlns' ? '' : name.slice(6), value);
    } else attrs[name.slice(name.indexOf(':') + 1)] = decodeXmlText(value);
  }
  const colon = qname.indexOf(':');
  const prefix = colon < 0 ? '' : qname.slice(0, colon);
  const local = colon < 0 ? qname : qname.slice(colon + 1);
  const children: XmlElement[] = [];
  const el: XmlElement = { qname, local, ns: '', attrs, text: '', children, parent };
  let text = '';
  for (const child of (node[qname] ?? []) as Ordered[]) {
    if ('#text' in child) text += decodeXmlText(String(child['#text']));
    else if ('#cdata' in child) {
      for (const part of child['#cdata'] as Ordered[]) text += String(part['#text'] ?? '');
    } else {
      const c = toElement(child, ownScope, el);
      if (c) children.push(c);
    }
  }
  el.ns = ownScope.get(prefix) ?? '';
  el.text = text.trim();
  return el;
}

/**
 * `Invoice/cac:InvoiceLine[2]/cbc:LineExtensionAmount`: the path a refusal names, built only then
 * (a position is given where the element has siblings of its name).
 */
export function pathOf(el: XmlElement): string {
  const steps: string[] = [];
  for (let cur: XmlElement | null = el; cur; cur = cur.parent) {
    const same = cur.parent ? cur.parent.children.filter((c) => c.qname === cur?.qname) : [cur];
    steps.push(same.length > 1 ? `${cur.qname}[${same.indexOf(cur) + 1}]` : cur.qname);
  }
  return steps.reverse().join('/');
}

/** The first child with this local name. */
export const child = (el: XmlElement | undefined, local: string): XmlElement | undefined =>
  el?.children.find((c) => c.local === local);

export const children = (el: XmlElement | undefined, local: string): XmlElement[] =>
  el ? el.children.filter((c) => c.local === local) : [];

/** Follows local names down the first match of each step: `at(inv, 'LegalMonetaryTotal', 'PayableAmount')`. */
export function at(el: XmlElement | undefined, ...steps: string[]): XmlElement | undefined {
  let cur = el;
  for (const s of steps) {
    cur = child(cur, s);
    if (!cur) return undefined;
  }
  return cur;
}

/** Trimmed text, or null when the element is absent or empty. */
export const textOf = (el: XmlElement | undefined): string | null => (el?.text ? el.text : null);
