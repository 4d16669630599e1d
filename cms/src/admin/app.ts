import type { StrapiApp } from '@strapi/strapi/admin';

// The editors work in Vietnamese only.
export default {
  config: {
    locales: ['vi'],
    tutorials: false,
    notifications: { releases: false },
  },
  bootstrap(_app: StrapiApp) {},
};
