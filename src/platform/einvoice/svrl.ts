import type { SaxonNode } from 'saxon-js';

export type Flag = 'fatal' | 'warning' | 'information';

export interface SvrlFinding {
  id: string | null;
  flag: Flag;
  text: string;
  location: string | null;
}

export interface SvrlReport {
  findings: SvrlFinding[];
  /** Rules whose context matched the document: 0 means the rules did not recognise it at all. */
  firedRules: number;
}

const SVRL = 'http://purl.oclc.org/dsdl/svrl';
const ELEMENT = 1;

function* children(node: SaxonNode): Generator<SaxonNode> {
  for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === ELEMENT) yield c;
}

/** SVRL flags: absent means fatal (the EN 16931 and Peppol rules flag every assert; Factur-X's do not). */
function flagOf(value: string): Flag {
  const v = value.toLowerCase();
  return v === 'warning' ? 'warning' : v === 'information' || v === 'info' ? 'information' : 'fatal';
}

/** `/*:Invoice[namespace-uri()='urn:…'][1]/*:TaxTotal[…][1]` → `/Invoice[1]/TaxTotal[1]`. */
const readableLocation = (location: string): string =>
  location.replace(/\*:([\w.-]+)\[namespace-uri\(\)='[^']*'\]/g, '$1');

/** The failed asserts and successful reports of an SVRL document, in document order. */
export function readSvrl(result: SaxonNode): SvrlReport {
  const findings: SvrlFinding[] = [];
  let firedRules = 0;
  for (const root of children(result)) {
    if (root.namespaceURI !== SVRL) continue;
    for (const el of children(root)) {
      if (el.namespaceURI !== SVRL) continue;
      if (el.localName === 'fired-rule') firedRules++;
      else if (el.localName === 'failed-assert' || el.localName === 'successful-report') {
        let text = '';
        for (const c of children(el)) if (c.localName === 'text') text = (c.textContent ?? '').trim();
        const location = el.getAttribute('location');
        findings.push({
          id: el.getAttribute('id') || null,
          flag: flagOf(el.getAttribute('flag')),
          text: text.replace(/\s+/g, ' '),
          location: location ? readableLocation(location) : null,
        });
      }
    }
  }
  return { findings, firedRules };
}
