import type { Core } from '@strapi/strapi';

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Api => ({
  rest: {
    defaultLimit: 25,
    // The site loader pages at exactly this size: 1,000 lets a rebuild sweep 10,000 articles in a few requests (a
    // populated page of 1,000 articles is ≈ 3 MB and 0.4 s of CMS time; Strapi's default of 100 made the sweep 10× the
    // requests).
    maxLimit: env.int('API_MAX_LIMIT', 1000),
    withCount: true,
    // Unknown query parameters are a 400, not silently ignored.
    strictParams: true,
  },
  documents: { strictParams: true },
});
