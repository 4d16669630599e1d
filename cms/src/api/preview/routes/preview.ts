/**
 * The draft preview route. Public by `auth: false` (the site's preview page has no API token); the controller
 * requires the preview secret instead. It is the only read path to drafts: /api/<type>?status=draft stays refused
 * by the global published-only middleware.
 */
export default {
  type: 'content-api',
  routes: [{ method: 'GET', path: '/preview/draft', handler: 'preview.draft', config: { auth: false } }],
};
