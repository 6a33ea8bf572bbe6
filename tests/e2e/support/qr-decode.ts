import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Decodes the QR code in a PNG (a screenshot or a rendered PDF page), within `region` when given
 * (a phone pointed at one corner). Only dark-on-light codes: scanners are not asked to invert,
 * so a code drawn light on dark (the dark theme's colours) does not decode.
 */
export function decodeQr(png: Buffer, region?: Region): string | null {
  const image = PNG.sync.read(png);
  const r = region ?? { x: 0, y: 0, width: image.width, height: image.height };
  const x0 = Math.max(0, Math.round(r.x));
  const y0 = Math.max(0, Math.round(r.y));
  const w = Math.min(image.width - x0, Math.round(r.width));
  const h = Math.min(image.height - y0, Math.round(r.height));
  const data = new Uint8ClampedArray(w * h * 4);
  for (let y = 0; y < h; y += 1) {
    const from = ((y0 + y) * image.width + x0) * 4;
    data.set(image.data.subarray(from, from + w * 4), y * w * 4);
  }
  return jsQR(data, w, h, { inversionAttempts: 'dontInvert' })?.data ?? null;
}

/** One page of a PDF as a PNG, at `dpi` (pdftoppm). */
export function pdfPagePng(pdf: string, page: number, out: string, dpi = 150): Buffer {
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    String(dpi),
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    pdf,
    out,
  ]);
  return readFileSync(`${out}.png`);
}
