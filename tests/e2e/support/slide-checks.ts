import type { Page } from 'playwright-core';

export interface SlideReport {
  /** Elements whose content is cut off or that stick out of the screen. */
  overflow: string[];
  /** Smallest computed font size of body text (HTML) and of chart text (SVG), in px. */
  minBody: number;
  minChart: number;
  smallBody: string[];
  smallChart: string[];
}

/**
 * Measures a slide in the browser: every visible text node's font size, and every element that
 * overflows its box or the viewport.
 */
export async function checkSlide(
  page: Page,
  limits: { body: number; chart: number },
): Promise<SlideReport> {
  return page.evaluate((limits) => {
    const root = document.querySelector('[data-testid=presentation]');
    if (!root) throw new Error('no presentation on the page');
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('class') ? `.${String(el.getAttribute('class')).split(' ').slice(0, 2).join('.')}` : ''} "${el.textContent.trim().slice(0, 30)}"`;
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const overflow: string[] = [];
    if (document.documentElement.scrollWidth > vw + 1)
      overflow.push(`page is ${document.documentElement.scrollWidth}px wide`);
    if (document.documentElement.scrollHeight > vh + 1)
      overflow.push(`page is ${document.documentElement.scrollHeight}px tall`);
    let minBody = Infinity;
    let minChart = Infinity;
    const smallBody: string[] = [];
    const smallChart: string[] = [];
    for (const el of root.querySelectorAll('*')) {
      const rects = el.getClientRects();
      const rect = el.getBoundingClientRect();
      if (rects.length === 0 || rect.width < 2 || rect.height < 2) continue;
      const style = getComputedStyle(el);
      // Skip what is not seen: hidden, or visually hidden for screen readers (sr-only).
      if (style.visibility === 'hidden' || el.closest('.sr-only')) continue;
      const isSvg = el instanceof SVGElement;
      // Legend swatches are icons drawn in their own scaled viewBox, not text to read.
      if (isSvg && el.closest('svg[data-icon]')) continue;
      if (!isSvg && (style.overflowX !== 'visible' || style.overflowY !== 'visible')) {
        if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
          overflow.push(`cut off: ${describe(el)}`);
      }
      const hasText = [...el.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
      );
      if (!hasText) continue;
      if (rect.left < -1 || rect.top < -1 || rect.right > vw + 1 || rect.bottom > vh + 1)
        overflow.push(`off screen: ${describe(el)}`);
      const size = parseFloat(style.fontSize);
      if (isSvg) {
        minChart = Math.min(minChart, size);
        if (size < limits.chart) smallChart.push(`${size}px ${describe(el)}`);
      } else {
        minBody = Math.min(minBody, size);
        if (size < limits.body) smallBody.push(`${size}px ${describe(el)}`);
      }
    }
    return { overflow, minBody, minChart, smallBody, smallChart };
  }, limits);
}
