/**
 * Where a withdrawn page (410, issue 25) sends its reader: the section its address belongs to. The section of an
 * address is its first path segment (shared-types goneSectionOf); each has one page at /da-go/<section>/.
 */
import { GONE_SECTIONS, type GoneSection } from '@portal/shared-types';
import { type MessageKey, t } from '../../i18n/vi.ts';
import { congressListPath, dashboardPath, homePath, libraryPath, newsPath, openDataPath, reportListPath, schedulesPath } from './paths.ts';

const SECTIONS: Readonly<Record<GoneSection, { label: MessageKey; path: () => string }>> = {
  'tin-tuc': { label: 'nav.news', path: newsPath },
  'chuyen-muc': { label: 'nav.news', path: newsPath },
  the: { label: 'nav.news', path: newsPath },
  trang: { label: 'nav.home', path: homePath },
  'van-ban': { label: 'nav.documents', path: libraryPath },
  'dai-hoi': { label: 'nav.congresses', path: congressListPath },
  'chi-tieu': { label: 'nav.kpi', path: dashboardPath },
  'bao-cao': { label: 'report.listTitle', path: reportListPath },
  'lich-cong-tac': { label: 'nav.schedules', path: schedulesPath },
  'du-lieu': { label: 'nav.openData', path: openDataPath },
  khac: { label: 'nav.home', path: homePath },
};

export const goneSections = (): GoneSection[] => [...GONE_SECTIONS, 'khac'];

export function goneSection(section: GoneSection): { label: string; path: string } {
  const { label, path } = SECTIONS[section];
  return { label: t(label), path: path() };
}
