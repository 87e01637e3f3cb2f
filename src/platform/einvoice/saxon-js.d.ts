/** The part of SaxonJS 2.7 (no published types) the e-invoice validator uses. */
declare module 'saxon-js' {
  /** A node of SaxonJS's own DOM: the source documents it parses and the documents it produces. */
  export interface SaxonNode {
    readonly nodeType: number;
    readonly localName: string | null;
    readonly namespaceURI: string | null;
    readonly firstChild: SaxonNode | null;
    readonly nextSibling: SaxonNode | null;
    readonly textContent: string | null;
    /** '' when the attribute is absent. */
    getAttribute(name: string): string;
  }
  /** A parsed SEF (JSON): primed on its first use, then reused by every later transform. */
  export type Sef = Record<string, unknown>;
  interface SaxonJS {
    getPlatform(): { parseXmlFromString(text: string): SaxonNode };
    transform(
      options: {
        stylesheetInternal: Sef;
        /** Where document() and doc() resolve relative URIs from (a SEF exported with -relocate:on has none). */
        stylesheetBaseURI?: string;
        sourceNode: SaxonNode;
        destination: 'document';
      },
      mode: 'sync',
    ): { principalResult: SaxonNode };
  }
  const saxon: SaxonJS;
  export default saxon;
}
