import { informationRequestDueDate, informationRequestReference, toVietnamIsoDate } from '@portal/shared-types';
import { instantOf, isoDateOf, numberOf } from '../stored-values';
import type { ContentRule } from './content-rule';

/**
 * A request for information (Luật Tiếp cận thông tin): its reference number, the Vietnam date it was received and its
 * legal deadline (15 working days, shared-types informationRequestDueDate) are derived from the stored entry, for a
 * request posted by a citizen and one an editor records from a letter alike. An editor may set `receivedOn` for a
 * request received earlier (by post); the deadline follows it.
 */
export const informationRequestRule: ContentRule = {
  uid: 'api::information-request.information-request',
  derivedAttributes: ['referenceNumber', 'dueDate'],
  populate: {},
  derive(version) {
    const created = instantOf(version.createdAt) ?? Date.now();
    const receivedOn = isoDateOf(version.receivedOn) ?? toVietnamIsoDate(new Date(created));
    const id = numberOf(version.id) ?? 0;
    // The number stays what it was first given (ids differ between versions only with draft & publish, unused here).
    const referenceNumber =
      typeof version.referenceNumber === 'string' && version.referenceNumber !== ''
        ? version.referenceNumber
        : informationRequestReference(Number(receivedOn.slice(0, 4)), id);
    return { entry: { referenceNumber, receivedOn, dueDate: informationRequestDueDate(receivedOn) }, components: [] };
  },
};
