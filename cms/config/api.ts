import type { Core } from '@strapi/strapi';

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Api => ({
  rest: {
    defaultLimit: 25,
    // The site loader pages at exactly this size.
    maxLimit: env.int('API_MAX_LIMIT', 100),
    withCount: true,
    // Unknown query parameters are a 400, not silently ignored.
    strictParams: true,
  },
  documents: { strictParams: true },
});
