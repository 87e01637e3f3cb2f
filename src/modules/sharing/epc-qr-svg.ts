import QRCode from 'qrcode';
import { EpcQrError, epcPayload } from '../../shared/epc-qr.js';

/**
 * The EPC QR code of an invoice as inline SVG, or null when a SEPA transfer cannot be pre-filled
 * (not in euros, or payment data the payload refuses): the page then shows the data without a code.
 */
export async function epcQrSvg(p: {
  name: string;
  iban: string;
  bic: string | null;
  amount: string;
  currency: string;
  reference: string | null;
  text: string;
}): Promise<string | null> {
  if (p.currency !== 'EUR') return null;
  let payload: string;
  try {
    payload = epcPayload({
      name: p.name.slice(0, 70),
      iban: p.iban,
      bic: p.bic,
      amount: p.amount,
      ...(p.reference ? { reference: p.reference } : { remittance: p.text }),
    });
  } catch (e) {
    if (e instanceof EpcQrError) return null;
    throw e;
  }
  // Error correction M, as EPC069-12 prescribes.
  return QRCode.toString(payload, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
