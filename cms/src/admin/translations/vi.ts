/**
 * Our Vietnamese for the admin, merged by Strapi over its own vi messages (src/admin/app.ts → config.translations).
 * Plugin messages are looked up as "<plugin>.<key>", so the plugin modules get their prefix here.
 */
import { admin } from './admin.ts';
import { codeOnly } from './code-only.ts';
import { contentManager } from './content-manager.ts';
import { upload } from './upload.ts';

/** The translated plugins, by the prefix Strapi gives their keys. */
export const pluginMessages = { admin, 'content-manager': contentManager, upload } as const;

function prefixed(prefix: string, messages: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(messages).map(([key, text]) => [`${prefix}.${key}`, text]));
}

export const vi: Record<string, string> = {
  ...admin,
  ...prefixed('content-manager', contentManager),
  ...prefixed('upload', upload),
  ...Object.fromEntries(Object.entries(codeOnly).map(([id, [, text]]) => [id, text])),
};
