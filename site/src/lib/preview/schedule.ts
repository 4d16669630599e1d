/** The preview of a weekly schedule (api::schedule.schedule): its week, note and the table of entries. */

import type { PreviewDom } from './dom.ts';
import { formatDate, list, str, type Entry } from './values.ts';

export function renderSchedule(dom: PreviewDom, entry: Entry): DocumentFragment {
  const { text } = dom.labels;
  const out = dom.doc.createDocumentFragment();
  const from = formatDate(entry.startDate);
  const until = formatDate(entry.endDate);
  if (from !== undefined) out.append(dom.el('p', `${text.scheduleWeek}: ${from}${until === undefined ? '' : ` – ${until}`}`, 'meta'));
  const note = str(entry.note);
  if (note !== undefined) out.append(dom.el('p', note));
  const rows = list(entry.entries).map((item) => [
    [formatDate(item.day), str(item.time)?.slice(0, 5)].filter(Boolean).join(' '),
    str(item.content) ?? '',
    str(item.chair) ?? '',
    str(item.participants) ?? '',
    str(item.location) ?? '',
  ]);
  if (rows.length > 0) {
    out.append(
      dom.dataTable(
        str(entry.title) ?? text.scheduleWeek,
        [text.scheduleTime, text.scheduleContent, text.scheduleChair, text.scheduleParticipants, text.scheduleLocation],
        rows,
        true,
      ),
    );
  }
  return out;
}
