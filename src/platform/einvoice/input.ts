import { AppError, type ErrorCode } from '../../shared/errors.js';

/** Largest e-invoice accepted (UBL.BE examples embedding their PDF are ~250 KB; a 50 MB file is refused). */
export const MAX_EINVOICE_BYTES = 20 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A refused e-invoice: the message is a catalogue key (shared/messages.ts), `params` fill it in. */
export const refuseEInvoice = (
  code: ErrorCode,
  template: string,
  params: Record<string, string | number> = {},
  path = 'xml',
): AppError => new AppError(code, template, { errors: [{ path, message: template }], params });

/** Refuses an e-invoice (XML, or a PDF carrying one) over MAX_EINVOICE_BYTES. */
export function checkEInvoiceSize(size: number): void {
  if (size > MAX_EINVOICE_BYTES)
    throw refuseEInvoice('payload_too_large', 'The e-invoice is {size} MB; at most {max} MB is accepted', {
      size: (size / 1024 / 1024).toFixed(1),
      max: MAX_EINVOICE_BYTES / 1024 / 1024,
    });
}

/**
 * The checks made on an e-invoice before any XML parser sees it. A document type declaration is what
 * external entities (XXE) and entity expansion bombs (billion laughs) need, and no UBL or CII invoice
 * has one: refusing `<!DOCTYPE` and `<!ENTITY` outright leaves no entity for a parser to resolve.
 * UTF-8 only, as Peppol BIS 3 requires, so that every later step reads the same characters.
 */
export function checkEInvoiceInput(xml: string | Buffer): string {
  checkEInvoiceSize(typeof xml === 'string' ? Buffer.byteLength(xml, 'utf8') : xml.length);
  let text: string;
  if (typeof xml === 'string') text = xml;
  else {
    try {
      text = utf8.decode(xml);
    } catch {
      throw refuseEInvoice('validation_failed', 'The e-invoice is not UTF-8 text');
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const declared = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/.exec(text)?.[1];
  if (declared && !/^utf-?8$/i.test(declared))
    throw refuseEInvoice(
      'validation_failed',
      'The e-invoice declares the encoding {encoding}; only UTF-8 is accepted',
      {
        encoding: declared,
      },
    );
  const dtd = /<!(DOCTYPE|ENTITY)/i.exec(text);
  if (dtd)
    throw refuseEInvoice(
      'validation_failed',
      'The e-invoice contains <!{declaration}: document type declarations and entities are refused',
      { declaration: dtd[1]?.toUpperCase() ?? '' },
    );
  return text;
}
