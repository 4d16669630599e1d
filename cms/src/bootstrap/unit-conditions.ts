import type { Core } from '@strapi/strapi';
import { UNIT_TYPE } from '../units/scoped-types';
import { unitsOfUser } from '../units/unit-access';

/** Entries of the user's own units (for the unit type itself: those units). */
export const OWN_UNIT = 'api::own-unit';
/** Entries the user created, in the user's own units (an author's drafts). */
export const OWN_UNIT_CREATOR = 'api::own-unit-creator';
export const UNIT_CONDITIONS: readonly string[] = [OWN_UNIT, OWN_UNIT_CREATOR];

interface ConditionUser {
  id: number;
  permission?: { subject?: string | null };
}

/**
 * Registers the RBAC conditions that confine an admin user to the units they edit (Unit.editors). Strapi turns a
 * condition's query into a filter on every content-manager list, relation picker and count, and checks it on
 * every single entry it reads, updates, publishes or deletes. A user of no unit gets nothing (false).
 */
export async function registerUnitConditions(strapi: Core.Strapi): Promise<void> {
  const provider = strapi.service('admin::permission').conditionProvider;
  const unitFilter = async (user: ConditionUser) => {
    const units = await unitsOfUser(strapi, user.id);
    if (units.length === 0) return null;
    // On entries, the unit's documentId kept beside the relation (unitDocumentId): the content manager checks
    // conditions against entries whose relations it has not populated (bulk unpublish) or only counted (update).
    return user.permission?.subject === UNIT_TYPE ? { documentId: { $in: units } } : { unitDocumentId: { $in: units } };
  };
  await provider.registerMany([
    {
      displayName: 'Thuộc đơn vị của người dùng',
      name: 'own-unit',
      async handler(user: ConditionUser) {
        return (await unitFilter(user)) ?? false;
      },
    },
    {
      displayName: 'Do người dùng tạo, thuộc đơn vị của người dùng',
      name: 'own-unit-creator',
      async handler(user: ConditionUser) {
        const filter = await unitFilter(user);
        return filter === null ? false : { $and: [{ 'createdBy.id': user.id }, filter] };
      },
    },
  ]);
}
