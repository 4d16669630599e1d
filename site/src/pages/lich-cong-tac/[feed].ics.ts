/** /lich-cong-tac/<body>.ics: the iCalendar feed of one body's schedules. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { t } from '../../i18n/vi.ts';
import { scheduleCalendar } from '../../lib/feeds/ics.ts';
import { scheduleWeekPath } from '../../lib/navigation/paths.ts';
import { type ScheduleFeed, scheduleFeeds } from '../../lib/schedules/schedules.ts';
import { site, withSharedKey } from '../../lib/build/site-data.ts';

export const getStaticPaths = (async () =>
  withSharedKey(scheduleFeeds((await site()).schedules, t('schedule.title')).map((feed) => ({ params: { feed: feed.slug }, props: { feed } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ feed: ScheduleFeed }> = ({ props: { feed }, site: siteUrl }) => {
  const base = siteUrl ?? new URL('http://localhost/');
  const body = scheduleCalendar(feed.schedules, {
    name: `${t('schedule.title')} – ${feed.name}`,
    host: base.hostname,
    url: (schedule) => new URL(scheduleWeekPath(schedule.isoYear, schedule.isoWeek), base).href,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
