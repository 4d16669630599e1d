import { describe, expect, it } from 'vitest';
import { editorLoginLines } from '../src/demo-logins.ts';

describe('the demo editors printed by pnpm start', () => {
  const units = [
    { slug: 'tinh-uy-quang-ngai', name: 'Tỉnh ủy Quảng Ngãi' },
    { slug: 'xa-van-tuong', name: 'Ủy ban nhân dân xã Vạn Tường' },
  ];

  it('lists one login per unit with its name, then the password', () => {
    const lines = editorLoginLines(units, 'Qtabc7', 'Qtabc7');
    expect(lines).toEqual([
      'Editors (one per unit, confined to it):',
      '  bientap.tinh-uy-quang-ngai@portal.local  Tỉnh ủy Quảng Ngãi',
      '  bientap.xa-van-tuong@portal.local        Ủy ban nhân dân xã Vạn Tường',
      "  Editors' password: Qtabc7",
    ]);
  });

  it('prints nothing when the install has no demo editors', () => {
    expect(editorLoginLines(units, undefined, 'x')).toEqual([]);
    expect(editorLoginLines([], 'Qtabc7', 'Qtabc7')).toEqual([]);
  });
});
