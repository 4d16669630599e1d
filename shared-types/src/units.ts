/**
 * Units (đơn vị) of one platform: a province's Party committee, its People's Committee, its communes and wards,
 * agencies, and the archives of dissolved districts. Each unit publishes its own site, found by a hostname
 * (`binhson.quangngai.gov.vn`) and/or a path prefix (`/xa/binh-son/`).
 */

export const UNIT_KIND_LABELS = {
  'province-party-committee': 'Tỉnh ủy',
  'province-people-committee': 'UBND tỉnh',
  'commune-party-committee': 'Đảng ủy xã, phường',
  'commune-people-committee': 'UBND xã, phường',
  agency: 'Cơ quan, đơn vị',
  'dissolved-district-archive': 'Lưu trữ huyện đã giải thể',
} as const;
export type UnitKind = keyof typeof UNIT_KIND_LABELS;

export const UNIT_STATUS_LABELS = {
  active: 'Đang hoạt động',
  archived: 'Đã giải thể (lưu trữ)',
} as const;
export type UnitStatus = keyof typeof UNIT_STATUS_LABELS;

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * What is wrong with a site hostname, in Vietnamese, or null. A hostname is lower-case ASCII labels separated by
 * dots (at least two labels), without scheme, port, path or a trailing dot: `binhson.quangngai.gov.vn`.
 */
export function hostnameProblem(hostname: string): string | null {
  const example = 'Ví dụ: binhson.quangngai.gov.vn.';
  if (hostname !== hostname.trim() || /\s/.test(hostname)) return `Tên miền không được chứa khoảng trắng. ${example}`;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(hostname) || /[/:?#@]/.test(hostname)) {
    return `Chỉ nhập tên miền, không kèm “https://”, cổng hay đường dẫn. ${example}`;
  }
  if (hostname !== hostname.toLowerCase()) return `Tên miền phải viết thường. ${example}`;
  if (hostname.length > 253) return 'Tên miền dài quá 253 ký tự.';
  const labels = hostname.split('.');
  if (labels.length < 2) return `Tên miền phải có ít nhất hai phần cách nhau bằng dấu chấm. ${example}`;
  if (!labels.every((label) => LABEL.test(label))) {
    return `Mỗi phần của tên miền chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (không ở đầu hay cuối). ${example}`;
  }
  if (/^\d+$/.test(labels[labels.length - 1]!)) return `Tên miền không được là địa chỉ IP. ${example}`;
  return null;
}

const SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What is wrong with a site path prefix, in Vietnamese, or null: `/xa/binh-son/` (slug segments, slashes both ends). */
export function pathPrefixProblem(prefix: string): string | null {
  const example = 'Ví dụ: /xa/binh-son/.';
  if (!prefix.startsWith('/') || !prefix.endsWith('/') || prefix === '/') {
    return `Tiền tố đường dẫn phải bắt đầu và kết thúc bằng dấu “/” và có ít nhất một đoạn. ${example}`;
  }
  const segments = prefix.slice(1, -1).split('/');
  if (!segments.every((segment) => SEGMENT.test(segment))) {
    return `Mỗi đoạn của tiền tố chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang. ${example}`;
  }
  return null;
}

/**
 * Whether giving `unit` the parent `parent` closes a loop in the parent chain: walks up from the new parent
 * (parentOf returns each unit's current parent) and reports a loop if it reaches the unit itself.
 */
export async function closesParentLoop(
  unit: string | null,
  parent: string,
  parentOf: (unit: string) => Promise<string | null> | string | null,
): Promise<boolean> {
  const seen = new Set<string>();
  for (let current: string | null = parent; current !== null; current = await parentOf(current)) {
    if (current === unit || seen.has(current)) return true;
    seen.add(current);
  }
  return false;
}

/** The e-mail of the demo editor of a unit (`pnpm start` seeds one per demo unit; password DEMO_EDITOR_PASSWORD). */
export function demoEditorEmail(unitSlug: string): string {
  return `bientap.${unitSlug}@portal.local`;
}
