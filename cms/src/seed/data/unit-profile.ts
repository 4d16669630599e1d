/**
 * The demo unit's profile (Nghị định 224/2026). The boundary is an illustrative outline, not the surveyed boundary of
 * Bình Sơn: it only exercises the upload → GeoJSON → SVG path.
 */
export const demoUnitProfile = {
  history: [
    'Huyện Bình Sơn thuộc tỉnh Quảng Ngãi, nằm ở phía Bắc của tỉnh, giáp biển Đông.',
    'Nội dung lịch sử hình thành của đơn vị do Ban biên tập cập nhật từ tài liệu chính thức.',
  ].join('\n\n'),
  boundaryFile: 'ranh-gioi-minh-hoa.geojson',
  boundaryDescription:
    'Bản đồ minh họa vị trí của huyện: phía Bắc giáp tỉnh Quảng Nam, phía Đông giáp biển Đông, phía Nam giáp huyện Sơn Tịnh, phía Tây giáp huyện Trà Bồng.',
  boundary: {
    type: 'Feature',
    properties: { name: 'Ranh giới minh họa' },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [108.62, 15.38],
          [108.75, 15.42],
          [108.9, 15.38],
          [108.88, 15.22],
          [108.72, 15.18],
          [108.6, 15.25],
          [108.62, 15.38],
        ],
      ],
    },
  },
};
