import { render, screen } from '@testing-library/react';
import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { QrCode } from '../../../src/components/qr-code';

const LINK = 'https://auto.example.gov.cn/?panel=nev&lang=en&v=2';

/** The modules the path draws dark, read back from its `M x y h w v1 …z` runs. */
function darkModules(d: string, quiet: number): Set<string> {
  const dark = new Set<string>();
  for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)/g))
    for (let i = 0; i < Number(w); i += 1)
      dark.add(`${Number(x) - quiet + i},${Number(y) - quiet}`);
  return dark;
}

describe('QrCode', () => {
  it('draws the encoded link as dark modules on a white plate with a four-module quiet zone', async () => {
    render(<QrCode value={LINK} size={200} caption="auto.example.gov.cn?panel=nev" />);
    const svg = await screen.findByRole('img', { name: `QR code of the link ${LINK}` });
    const { data, size } = encode(LINK, { ecc: 'M', border: 0 });
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${size + 8} ${size + 8}`);
    expect(svg.querySelector('rect')?.getAttribute('fill')).toBe('#fff');
    const path = svg.querySelector('path');
    expect(path?.getAttribute('fill')).toBe('#000');
    const expected = new Set(
      data.flatMap((row, y) => row.flatMap((on, x) => (on ? [`${x},${y}`] : []))),
    );
    expect(darkModules(path?.getAttribute('d') ?? '', 4)).toEqual(expected);
    expect(screen.getByText('auto.example.gov.cn?panel=nev')).toBeInTheDocument();
  });

  it('prints the host in its own size when asked, the query after it in the small type', async () => {
    const { container } = render(
      <QrCode value={LINK} size={200} caption="auto.example.gov.cn?panel=nev" hostSize="24px" />,
    );
    await screen.findByRole('img', { name: `QR code of the link ${LINK}` });
    const caption = container.querySelector('figcaption');
    expect(caption?.textContent).toBe('auto.example.gov.cn?panel=nev');
    const host = caption?.querySelector('.qr-caption-host');
    expect(host?.textContent).toBe('auto.example.gov.cn');
    expect((host as HTMLElement | null)?.style.fontSize).toBe('24px');
  });

  // Beyond the largest code (version 40 at M holds about 2,300 bytes) the encoder throws: a run
  // sheet with long speaker notes once blanked the whole app that way.
  const TOO_LONG = `${LINK}&run=${'notes'.repeat(600)}`;

  it('carries the shorter link when the full one is too long for any code', async () => {
    render(
      <QrCode
        value={TOO_LONG}
        size={160}
        modulePx={3}
        shorter={{ value: LINK, maxSide: 400, note: 'Without the notes.' }}
      />,
    );
    const svg = await screen.findByRole('img', { name: `QR code of the link ${LINK}` });
    expect(svg.getAttribute('data-qr-value')).toBe(LINK);
    expect(screen.getByText('Without the notes.')).toBeInTheDocument();
  });

  it('says so, and draws nothing, when no link it has fits a code', async () => {
    render(<QrCode value={TOO_LONG} size={160} />);
    expect(
      await screen.findByText('This link is too long for a QR code; copy the link instead.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('prints no caption unless given one', async () => {
    const { container } = render(<QrCode value={LINK} size="7.5rem" />);
    await screen.findByRole('img', { name: `QR code of the link ${LINK}` });
    expect(container.querySelector('figcaption')).toBeNull();
  });
});
