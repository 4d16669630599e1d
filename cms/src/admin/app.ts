import type { StrapiApp } from '@strapi/strapi/admin';
import { DocumentFeedbackExport, FeedbackListExport } from './exports/FeedbackExports.tsx';
import { vi } from './translations/vi.ts';
import { WordImportButton, WordImportPanelButton } from './word-import/WordImportButton.tsx';

// Must match the key Strapi's admin reads its UI language from.
const LANGUAGE_KEY = 'strapi-admin-language';

// The editors work in Vietnamese.
export default {
  config: {
    locales: ['vi'],
    // Strapi's own vi messages are incomplete (the media library has none): ours fill the gaps.
    translations: { vi },
    tutorials: false,
    notifications: { releases: false },
  },
  bootstrap(app: StrapiApp) {
    // Strapi falls back to English when no language was chosen yet; start editors in Vietnamese
    // (they can still switch in their profile, and that choice is kept).
    if (!localStorage.getItem(LANGUAGE_KEY)) localStorage.setItem(LANGUAGE_KEY, 'vi');

    // Feedback exports (issue 24): each component shows itself only on its own content type.
    const contentManager = app.getPlugin('content-manager');
    contentManager.injectComponent('listView', 'actions', { name: 'feedback-list-export', Component: FeedbackListExport });
    contentManager.injectComponent('editView', 'right-links', { name: 'document-feedback-export', Component: DocumentFeedbackExport });
    // Word import (issue 24): on the article list and an article's edit view.
    contentManager.injectComponent('listView', 'actions', { name: 'word-import', Component: WordImportButton });
    contentManager.injectComponent('editView', 'right-links', { name: 'word-import', Component: WordImportPanelButton });
  },
};
