import type { Core } from '@strapi/strapi';
import { requiredSecret } from '../src/env/secrets';

export default (): Core.Config.Plugin => ({
  'users-permissions': {
    config: { jwtSecret: requiredSecret('JWT_SECRET') },
  },
});
