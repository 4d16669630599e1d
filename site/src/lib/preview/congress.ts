/** The preview of a congress (api::congress.congress): cover, facts and description. */

import type { PreviewDom } from './dom.ts';
import { formatDate, formatNumber, num, obj, type Entry } from './values.ts';

export function renderCongress(dom: PreviewDom, entry: Entry): DocumentFragment {
  const { text } = dom.labels;
  const out = dom.doc.createDocumentFragment();
  const cover = dom.figure(obj(entry.cover), undefined);
  if (cover) out.append(cover);
  const start = num(entry.termStartYear);
  const end = num(entry.termEndYear);
  const from = formatDate(entry.startDate);
  const until = formatDate(entry.endDate);
  out.append(
    dom.facts(text.congressFacts, [
      [text.congressTerm, start !== undefined && end !== undefined ? `${start}–${end}` : undefined],
      [text.congressDates, from !== undefined ? (until !== undefined && until !== from ? `${from} – ${until}` : from) : undefined],
      [text.congressDelegates, num(entry.delegateCount) === undefined ? undefined : formatNumber(entry.delegateCount)],
      [text.congressCommitteeSize, num(entry.executiveCommitteeSize) === undefined ? undefined : formatNumber(entry.executiveCommitteeSize)],
    ]),
    dom.blocks(entry.description),
  );
  return out;
}
