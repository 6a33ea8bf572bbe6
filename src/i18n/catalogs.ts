import type { Lang } from '../data/view-vocabulary';
import type { Messages } from './messages';
import { en } from './messages-en';
import { zh } from './messages-zh';

export const catalogs: Record<Lang, Messages> = { en, zh };
