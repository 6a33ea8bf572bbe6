import type { Lang } from '../state/view';
import type { Messages } from './messages';
import { en } from './messages-en';
import { zh } from './messages-zh';

export const catalogs: Record<Lang, Messages> = { en, zh };
