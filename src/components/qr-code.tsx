import { useEffect, useMemo, useState } from 'react';
import { useMessages } from '../i18n/use-messages';
import { plateSide, scannableChoice } from '../lib/qr-size';

type Uqr = typeof import('uqr');

let uqr: Uqr | null = null;
let loading: Promise<Uqr> | null = null;

/**
 * Loads the QR encoder (its own chunk, fetched only when a code is shown). Callers that must draw
 * codes before a print can start it early; a failed load may be retried.
 */
export function loadQr(): Promise<Uqr> {
  loading ??= import('uqr').then(
    (m) => (uqr = m),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** What `QrCode` draws for a link too long for any QR code. */
const TOO_LONG = 'too-long';

/** Four light modules around the code: the quiet zone the QR standard asks for. */
const QUIET = 4;

/** One path of dark modules, a run of neighbours in a row per segment: small and crisp. */
function modulesPath(data: boolean[][]): string {
  let d = '';
  data.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x += 1;
      d += `M${start + QUIET} ${y + QUIET}h${x - start}v1h${start - x}z`;
    }
  });
  return d;
}

/**
 * A QR code of `value` (a link), drawn as SVG once the encoder has loaded. Dark modules on a white
 * plate with its quiet zone in both themes and in forced colours: phone scanners expect dark on
 * light, and a projector's dark theme would otherwise invert it. `size` is the side of the plate:
 * pixels, or any CSS length (e.g. one that scales with the viewport). `caption`, when given, is
 * printed under the code as text: the address for those who cannot scan. `hostSize` prints the
 * caption's host and path (up to its `?`) in type of that size, for a screen read from across a
 * room; the query follows in the caption's own small type.
 */
export interface QrCodeProps {
  value: string;
  size: number | string;
  caption?: string;
  hostSize?: string;
  /**
   * Grow a pixel `size` so each module is at least this many CSS px: a long link's code stays
   * scannable instead of packing more modules into the same square.
   */
  modulePx?: number;
  /**
   * A shorter link to carry instead when `value`'s code would be wider than `maxSide` px at
   * `modulePx`, with `note` said under it (what the shorter link leaves out).
   */
  shorter?: { value: string; maxSide: number; note: string };
}

export function QrCode({ value, size, caption, hostSize, modulePx, shorter }: QrCodeProps) {
  const t = useMessages();
  const [mod, setMod] = useState<Uqr | null>(uqr);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (mod) return;
    let live = true;
    loadQr().then(
      (m) => live && setMod(m),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [mod]);
  // By value: a caller's object literal must not re-encode the code on every render.
  const shortValue = shorter?.value;
  const maxSide = shorter?.maxSide ?? Infinity;
  const code = useMemo(() => {
    if (!mod) return null;
    // M: a smudge or a glare on a projector can cost some modules; the links stay short enough.
    // uqr throws a RangeError for text beyond the largest code (version 40: about 2,300 bytes
    // at M), which a run sheet with long speaker notes reaches: null, never a thrown render.
    const encode = (text: string) => {
      try {
        const { data, size: n } = mod.encode(text, { ecc: 'M', border: 0 });
        return { path: modulesPath(data), side: n + 2 * QUIET, value: text, short: false };
      } catch (error) {
        if (error instanceof RangeError) return null;
        throw error;
      }
    };
    const full = encode(value);
    if (
      full &&
      (shortValue === undefined || scannableChoice(full.side, maxSide, modulePx) === 'full')
    )
      return full;
    const short = shortValue === undefined ? null : encode(shortValue);
    return short ? { ...short, short: true } : (full ?? TOO_LONG);
  }, [mod, value, shortValue, maxSide, modulePx]);
  if (code === TOO_LONG) {
    // Said, not drawn: the link itself (copied, or printed beside) still works.
    return (
      <p className="qr-code m-0 max-w-[20rem] text-sm" data-qr="too-long">
        {t.qr.tooLong}
      </p>
    );
  }
  const side =
    typeof size === 'string'
      ? size
      : `${code && modulePx ? plateSide(code.side, size, modulePx) : size}px`;
  return (
    <figure
      className="qr-code m-0 inline-flex flex-col items-center gap-1"
      data-qr={code ? 'ready' : failed ? 'failed' : 'loading'}
    >
      {code ? (
        <svg
          role="img"
          aria-label={t.qr.label(code.value)}
          viewBox={`0 0 ${code.side} ${code.side}`}
          width={side}
          height={side}
          shapeRendering="crispEdges"
          style={{ width: side, height: side, forcedColorAdjust: 'none' }}
          data-qr-value={code.value}
        >
          <rect width={code.side} height={code.side} fill="#fff" />
          <path d={code.path} fill="#000" />
        </svg>
      ) : (
        <div
          role="img"
          aria-label={failed ? t.qr.failed : t.qr.loading}
          className="rounded bg-white"
          style={{ width: side, height: side }}
        />
      )}
      {code?.short && shorter && (
        <p className="max-w-[20rem] text-sm" data-testid="qr-shorter-note">
          {shorter.note}
        </p>
      )}
      {caption && (
        // As wide as the code, in type scaled to it (14 px under a 210 px code): the address
        // wraps under the code instead of widening its column.
        <figcaption
          className="qr-caption text-center font-mono leading-tight break-all"
          style={{ width: side, fontSize: `max(calc(${side} / 15), 7px)` }}
        >
          {hostSize ? <CaptionParts caption={caption} hostSize={hostSize} /> : caption}
        </figcaption>
      )}
    </figure>
  );
}

/** A caption's host and path in `hostSize` type, its query (if any) after it in the small type. */
function CaptionParts({ caption, hostSize }: { caption: string; hostSize: string }) {
  const cut = caption.indexOf('?');
  const host = cut < 0 ? caption : caption.slice(0, cut);
  return (
    <>
      <span className="qr-caption-host block font-semibold" style={{ fontSize: hostSize }}>
        {host}
      </span>
      {cut >= 0 && caption.slice(cut)}
    </>
  );
}
