// Compiles the TypeScript app (config, src) into dist/ without building the
// admin panel: enough for `strapi start` with SERVE_ADMIN_PANEL=false, which
// is how tests and CI boot the CMS quickly. CommonJS on purpose: the ESM
// build of @strapi/core imports `lodash/fp` as a directory, which Node rejects.
const { compileStrapi } = require('@strapi/strapi');

compileStrapi({ appDir: process.cwd() }).catch((error) => {
  console.error(error);
  process.exit(1);
});
