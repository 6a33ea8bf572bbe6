import type { Page } from 'playwright-core';

/**
 * Every piece of text on the slide that is not shown whole: HTML text wider than its box
 * (scrollWidth > clientWidth) or cut by an ancestor that clips, and SVG text (chart titles,
 * axis, tick and legend labels) reaching outside its chart's drawing area. Each as
 * `"text" reason`, for the test's message.
 */
export async function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.querySelector('[data-testid=presentation] main') ?? document.body;
    const out: string[] = [];
    const label = (el: Element) => `"${el.textContent.trim().slice(0, 50)}"`;
    const outside = (r: DOMRect, box: DOMRect) =>
      r.left < box.left - 1 ||
      r.right > box.right + 1 ||
      r.top < box.top - 1 ||
      r.bottom > box.bottom + 1;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || (node.textContent ?? '').trim() === '' || el.closest('.sr-only, [hidden]'))
        continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const r = range.getBoundingClientRect();
      if (r.width < 1 || r.height < 1) continue;
      if (el instanceof SVGElement) {
        // The outermost svg: its viewport is what a chart shows.
        let svg = el.ownerSVGElement;
        while (svg?.ownerSVGElement) svg = svg.ownerSVGElement;
        if (svg && outside(r, svg.getBoundingClientRect()))
          out.push(`${label(el)} outside its chart`);
        continue;
      }
      const style = getComputedStyle(el);
      if (style.display !== 'inline' && el.scrollWidth > el.clientWidth + 1)
        out.push(`${label(el)} wider than its box (${el.scrollWidth} > ${el.clientWidth})`);
      // Outside a block around it: cut off where that box clips, covered by its neighbour
      // where it does not (a grid cell of fixed height).
      for (let a: Element | null = el; a && a !== root; a = a.parentElement) {
        if (getComputedStyle(a).display === 'inline') continue;
        if (outside(r, a.getBoundingClientRect())) {
          out.push(`${label(el)} outside its box ${a.tagName.toLowerCase()}`);
          break;
        }
      }
      if (outside(r, new DOMRect(0, 0, window.innerWidth, window.innerHeight)))
        out.push(`${label(el)} off screen`);
    }
    return out;
  });
}
