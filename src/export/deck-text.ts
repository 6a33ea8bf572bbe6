import type { Lang } from '../data/view-vocabulary';

/**
 * The deck's own words, loaded with the deck: kept out of the app's catalogs so a reader who
 * never makes a deck does not download them. English is the master; Chinese must match it.
 */
const en = {
  building: (n: number, total: number) => `Making the PowerPoint deck: slide ${n} of ${total}…`,
  closing: 'Open these slides on your own screen',
  caption:
    'Scan the code or open the link: the same slides in the browser, each figure with its source.',
};
export type DeckText = typeof en;

const zh: DeckText = {
  building: (n, total) => `正在生成PowerPoint：第${n}页，共${total}页…`,
  closing: '在自己的设备上打开这些幻灯片',
  caption: '扫描二维码或打开链接，即可在浏览器中查看同样的幻灯片，每个数字均附来源。',
};

export const DECK_TEXT: Record<Lang, DeckText> = { en, zh };
