import QRCode from 'qrcode';

/** The dark modules of a QR code as horizontal runs, in module units: what a vector drawing needs. */
export interface QrMatrix {
  /** Modules per side, without the quiet zone. */
  size: number;
  runs: { row: number; col: number; length: number }[];
}

/**
 * An EPC QR code's modules. EPC069-12 asks for error correction level M; the payload is one byte-mode
 * segment holding its UTF-8 bytes (character set 1), so that every scanner reads it the same way.
 */
export function qrMatrix(payload: string): QrMatrix {
  const code = QRCode.create([{ data: Buffer.from(payload, 'utf8'), mode: 'byte' }], {
    errorCorrectionLevel: 'M',
  });
  const { size, data } = code.modules;
  const runs: QrMatrix['runs'] = [];
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!data[row * size + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && data[row * size + col]) col++;
      runs.push({ row, col: start, length: col - start });
    }
  }
  return { size, runs };
}
