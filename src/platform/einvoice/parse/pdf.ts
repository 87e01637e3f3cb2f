import { refuseEInvoice } from '../input.js';

/**
 * The file names under which a hybrid PDF embeds its XML, most specific first: Factur-X 1.0 /
 * ZUGFeRD 2.x (`factur-x.xml`), XRechnung in ZUGFeRD 2.1+ (`xrechnung.xml`), then ZUGFeRD 1.0 and
 * early 2.0 (`zugferd-invoice.xml`, read so that its ZUGFeRD 1.0 syntax is refused by name).
 */
export const EMBEDDED_XML_NAMES = ['factur-x.xml', 'xrechnung.xml', 'zugferd-invoice.xml'] as const;

/** The header may follow up to 1,024 bytes of anything: readers accept that (PDF Reference 1.7, appendix H). */
export function isPdf(input: Buffer): boolean {
  const head = input.subarray(0, 1024);
  const at = head.indexOf('%PDF-', 0, 'latin1');
  // Not an XML document that merely mentions %PDF- in its first kilobyte.
  return at >= 0 && head.subarray(0, at).indexOf('<') < 0;
}

/**
 * The embedded e-invoice of a Factur-X / ZUGFeRD PDF, read with pdf.js (Mozilla), whose legacy build
 * runs in Node without a DOM. Script evaluation is off (CVE-2024-4367 was a font-driven `eval`), no
 * fonts or canvas are loaded: only the document catalogue's embedded files are read.
 */
export async function extractEmbeddedXml(input: Buffer): Promise<{ name: string; xml: Buffer }> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let files: Record<string, { filename: string; content: Uint8Array }> | null;
  // pdf.js transfers (detaches) the buffer it is given: it gets a copy.
  const task = getDocument({
    data: new Uint8Array(input),
    isEvalSupported: false,
    disableFontFace: true,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    files = (await doc.getAttachments()) as typeof files;
  } catch (e) {
    throw refuseEInvoice('validation_failed', 'The file is not a readable PDF: {reason}', {
      reason: e instanceof Error ? e.message : String(e),
    });
  } finally {
    await task.destroy();
  }
  const attached = Object.values(files ?? {});
  for (const wanted of EMBEDDED_XML_NAMES) {
    const file = attached.find((f) => f.filename.toLowerCase() === wanted);
    if (file) return { name: file.filename, xml: Buffer.from(file.content) };
  }
  throw refuseEInvoice(
    'validation_failed',
    'The PDF carries no embedded e-invoice (factur-x.xml, xrechnung.xml or zugferd-invoice.xml); attachments found: {found}',
    { found: attached.map((f) => f.filename).join(', ') || 'none' },
  );
}
