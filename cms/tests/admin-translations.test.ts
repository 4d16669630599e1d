/**
 * Our Vietnamese for the Strapi admin (src/admin/translations) against the English of the Strapi version installed:
 * the texts an editor meets exist in Vietnamese, every English text Strapi's vi file leaves untranslated is covered,
 * and no translation loses or adds an ICU placeholder, breaks ICU syntax, or is still the English text.
 * Needs no CMS: it reads Strapi's translation files and admin code from node_modules.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeOnly } from '../src/admin/translations/code-only.ts';
import { pluginMessages, vi } from '../src/admin/translations/vi.ts';
import { type Source, strapiMessages, strapiPackages } from '../../tests/e2e/fixtures/admin-labels.ts';

// The ICU parser react-intl uses in the admin, from Strapi's own dependency tree.
const reactIntl = createRequire(path.join(strapiPackages, 'admin', 'package.json')).resolve('react-intl');
const requireFromReactIntl = createRequire(reactIntl);
const { parse } = requireFromReactIntl('@formatjs/icu-messageformat-parser') as {
  parse: (message: string) => MessageElement[];
};
type MessageElement = {
  type: number;
  value?: string;
  options?: Record<string, { value: MessageElement[] }>;
  children?: MessageElement[];
};

const SOURCES: Source[] = ['admin', 'content-manager', 'upload'];
const fullId = (source: Source, key: string) => (source === 'admin' ? key : `${source}.${key}`);

/** What the editor journey and everyday editing show: each must be in Vietnamese. */
const EDITOR_KEYS: Record<Source, string[]> = {
  admin: [
    'Auth.form.button.login',
    'global.password',
    'global.home',
    'global.save',
    'global.finish',
    'global.search',
    'global.profile.settings',
    'app.utils.publish',
    'app.utils.unpublish',
    'app.utils.filters',
    'app.utils.add-filter',
    'app.utils.update-filter',
    'clearLabel',
    'components.Input.error.validation.required',
    'components.pagination.go-to-next',
    'components.PageFooter.select',
    'global.last-changes.discard',
    'app.session.ended.title',
  ],
  'content-manager': [
    'containers.edit.title.new',
    'HeaderLayout.button.label-add-entry',
    'components.uid.regenerate',
    'components.uid.available',
    'containers.List.draft',
    'containers.List.published',
    'containers.List.modified',
    'containers.list.filters.status',
    'containers.list.items',
    'pages.ListView.header-subtitle',
    'success.record.publish',
    'success.record.unpublish',
    'success.record.discard',
    'actions.discard.label',
    'actions.unpublish.dialog.option.keep-draft',
    'relation.add',
    'relation.disconnect',
    'relation.publicationState.draft',
    'components.DynamicZone.pick-compo',
    'components.DynamicZone.add-component',
    'components.empty-repeatable',
    'validation.error',
    'containers.edit.information.last-published.value',
  ],
  upload: [
    'mediaLibraryInput.placeholder',
    'modal.upload-list.sub-header.button',
    'control-card.edit',
    'form.input.label.file-alt',
    'form.input.label.file-caption',
    'modal.upload-list.footer.button',
    'header.actions.add-assets',
    'header.actions.add-folder',
    'list.assets.to-upload',
    'input.button.label',
    'plugin.name',
  ],
};

/** Texts that read the same in Vietnamese, so an equal translation is right (or Strapi's vi may keep them). */
const SAME_IN_VIETNAMESE = new Set([
  'Email',
  'URL',
  'API',
  'GraphQL',
  'Sentry',
  'Blog',
  'Strapi Cloud',
  'Logo',
  'Token',
  'Video',
  'webhook',
  'X',
  'Y',
  ' ',
  ' / ',
  '{firstname} {lastname}',
  '{count} {label}',
  '<text>{enforcementUserCount}</text>/{permittedSeats}',
  'noopener, nofollow, noreferrer',
  '_blank, _self, _parent, _top',
]);

/** Argument and tag names of an ICU message, from every branch of its plurals and selects. */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageElement[]) => {
    for (const element of elements) {
      // 0 literal and 7 "#" carry no name; 8 is a rich-text tag (<b>…</b>).
      if (element.type !== 0 && element.type !== 7 && element.value !== undefined) {
        names.add(`${element.type === 8 ? 'tag' : 'arg'}:${element.value}`);
      }
      for (const option of Object.values(element.options ?? {})) walk(option.value);
      if (element.children) walk(element.children);
    }
  };
  walk(parse(message));
  return [...names].sort();
}

/** Every translation of ours with the English text it replaces (undefined when Strapi has no such key). */
function ourTranslations(): Array<{ id: string; english: string | undefined; text: string }> {
  const fromFiles = SOURCES.flatMap((source) => {
    const english = strapiMessages(source, 'en');
    return Object.entries(pluginMessages[source]).map(([key, text]) => ({ id: fullId(source, key), english: english[key], text }));
  });
  const fromCode = Object.entries(codeOnly).map(([id, [english, text]]) => ({ id, english, text }));
  return [...fromFiles, ...fromCode];
}

/** What the admin shows in Vietnamese for each English text: ours, else Strapi's vi (texts without either left out). */
function shownTranslations(): Array<{ id: string; english: string; text: string }> {
  const fromFiles = SOURCES.flatMap((source) => {
    const strapiVi = strapiMessages(source, 'vi');
    return Object.entries(strapiMessages(source, 'en')).flatMap(([key, english]) => {
      const text = vi[fullId(source, key)] ?? strapiVi[key];
      return text === undefined ? [] : [{ id: fullId(source, key), english, text }];
    });
  });
  return [...fromFiles, ...Object.entries(codeOnly).map(([id, [english, text]]) => ({ id, english, text }))];
}

/** All JavaScript of the admin and the two plugins, where the code-only ids must still be asked for. */
function adminCode(): string {
  const roots = ['admin', 'content-manager', 'upload'].map((name) => path.join(strapiPackages, name, 'dist', 'admin'));
  return roots
    .flatMap((root) => fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).map((file) => path.join(root, file)))
    .filter((file) => file.endsWith('.js') && !file.endsWith('.json.js'))
    .map((file) => fs.readFileSync(file, 'utf8'))
    .join('\n');
}

describe('Vietnamese of the Strapi admin', () => {
  it('has every text of the editor journey in Vietnamese', () => {
    const untranslated = SOURCES.flatMap((source) => {
      const english = strapiMessages(source, 'en');
      const strapiVi = strapiMessages(source, 'vi');
      return EDITOR_KEYS[source].flatMap((key) => {
        if (english[key] === undefined) return [`${fullId(source, key)}: no longer in Strapi's English`];
        const text = vi[fullId(source, key)] ?? strapiVi[key];
        return text === undefined || text === english[key] ? [`${fullId(source, key)}: "${text ?? english[key]}"`] : [];
      });
    });
    expect(untranslated).toEqual([]);
  });

  it("covers every English text that Strapi's vi file lacks or leaves in English", () => {
    const uncovered = SOURCES.flatMap((source) => {
      const strapiVi = strapiMessages(source, 'vi');
      return Object.entries(strapiMessages(source, 'en'))
        .filter(([key, english]) => !SAME_IN_VIETNAMESE.has(english) && (vi[fullId(source, key)] ?? strapiVi[key] ?? english) === english)
        .map(([key, english]) => `${fullId(source, key)}: ${JSON.stringify(english)}`);
    });
    expect(uncovered).toEqual([]);
  });

  it('translates only texts the admin has, and the code-only ids are still used by its code', () => {
    expect(ourTranslations().filter(({ english }) => english === undefined).map(({ id }) => id)).toEqual([]);
    const code = adminCode();
    const quoted = (text: string) => ['\'', '"', '`'].map((quote) => `${quote}${text}${quote}`);
    const unused = Object.keys(codeOnly).filter((id) => {
      // Plugins ask for their ids whole, or through the helper that adds their prefix (getTrad, getTranslation…).
      const key = id.replace(/^(content-manager|upload)\./, '');
      const asked = [...quoted(id), ...(key === id ? [] : quoted(key).map((text) => `(${text})`))];
      return !asked.some((text) => code.includes(text));
    });
    expect(unused).toEqual([]);
  });

  it('keeps every ICU placeholder and tag of the English, in valid ICU syntax (ours, and the Strapi vi texts shown)', () => {
    const mismatches = shownTranslations().flatMap(({ id, english, text }) => {
      let theirs: string[];
      try {
        theirs = placeholders(english);
      } catch {
        // A few English texts of Strapi's enterprise pages are invalid ICU themselves (a select without "other").
        return [];
      }
      let ours: string[];
      try {
        ours = placeholders(text);
      } catch (error) {
        return [`${id}: invalid ICU (${(error as Error).message}): ${text}`];
      }
      return JSON.stringify(ours) === JSON.stringify(theirs) ? [] : [`${id}: ${ours.join(', ')} ≠ English ${theirs.join(', ')}`];
    });
    expect(mismatches).toEqual([]);
  });

  it('has no translation that is still the English text', () => {
    const english = ourTranslations()
      .filter(({ english, text }) => text.trim() === english?.trim() && !SAME_IN_VIETNAMESE.has(text))
      .map(({ id, text }) => `${id}: ${text}`);
    expect(english).toEqual([]);
  });

  it('is written with Vietnamese diacritics, not stripped text', () => {
    // A sentence-long translation without a single Vietnamese letter has lost its diacritics (or is English).
    const vietnameseLetters = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;
    const stripped = ourTranslations()
      .filter(({ text }) => text.replace(/\{[^{}]*\}/g, '').split(/\s+/).length >= 4 && !vietnameseLetters.test(text))
      .map(({ id, text }) => `${id}: ${text}`);
    expect(stripped).toEqual([]);
  });
});
