'use strict';

/**
 * The indicator's measurement unit was an attribute named `unit`; that name now belongs to the relation every
 * unit-scoped type carries (the đơn vị owning the entry). Strapi runs this before it syncs the schema, so the
 * column is renamed and kept; without it the sync would drop `unit` and add an empty `measure_unit`.
 */
module.exports = {
  async up(knex) {
    if (!(await knex.schema.hasTable('indicators'))) return; // a new database: the sync creates the new column
    const hasOld = await knex.schema.hasColumn('indicators', 'unit');
    const hasNew = await knex.schema.hasColumn('indicators', 'measure_unit');
    if (hasOld && !hasNew) {
      await knex.schema.alterTable('indicators', (table) => table.renameColumn('unit', 'measure_unit'));
    }
  },
};
