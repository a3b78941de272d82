/** Names shared with the options page's catalogue, so a category reads the same everywhere. */
import type { Category, Platform } from '../rules/engine/index.ts';
import { t } from '../lib/i18n.ts';

export const categoryName = (category: Category): string => t(`options.category.${category}`);
export const platformName = (platform: Platform): string => t(`demo.platform.${platform}`);
