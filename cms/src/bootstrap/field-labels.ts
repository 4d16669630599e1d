/**
 * The Vietnamese editor experience of every content type and component, in one dictionary: field labels and
 * descriptions, list columns, default sort and the field that names an entry. admin-labels.ts writes it into the
 * content-manager configuration.
 */

export interface FieldLabel {
  /** Label above the input and column header. */
  label: string;
  /** Help text under the input. */
  description?: string;
  /** Computed by the CMS: shown, never editable. */
  derived?: boolean;
}

export interface TypeLabels {
  fields: Readonly<Record<string, FieldLabel>>;
  /** Columns of the list view, in order. */
  list?: readonly string[];
  /** Default sort of the list view. */
  sort?: readonly [field: string, order: 'ASC' | 'DESC'];
  /** Field naming an entry in relation pickers and titles. */
  mainField?: string;
}

const label = (text: string, description?: string): FieldLabel => (description ? { label: text, description } : { label: text });
const derived = (text: string, description: string): FieldLabel => ({ label: text, description, derived: true });

/** Fields the NukeViet importer keeps on what it brought in (scripts/import/nukeviet/): read-only for editors. */
const IMPORTED_FIELDS = {
  legacyId: derived('Mã trên cổng cũ', 'Mã của mục này trên cổng NukeViet cũ; lần nhập sau nhận ra mục theo mã này.'),
  importDigest: derived('Dấu kiểm tra khi nhập', 'Tóm tắt nội dung lúc nhập: lần nhập sau bỏ qua mục không đổi ở nguồn.'),
};

const SLUG = label(
  'Đường dẫn (slug)',
  'Để trống khi tạo mới để tạo tự động từ tiêu đề (chữ thường không dấu, “đ” thành “d”); sau đó đường dẫn giữ nguyên dù sửa tiêu đề. ' +
    'Nếu đổi đường dẫn của nội dung đã xuất bản, địa chỉ cũ sẽ tự động chuyển hướng (301) sang địa chỉ mới.',
);
const CREATED = label('Ngày tạo');
const UPDATED = label('Cập nhật lúc');
const PUBLISHED = label('Ngày xuất bản');
const SEO = label('SEO', 'Tiêu đề và mô tả khi hiển thị trên công cụ tìm kiếm, mạng xã hội.');
const SECTIONS = label('Nội dung', 'Các khối nội dung: đoạn văn, ảnh, bảng, trích dẫn, bộ ảnh, thẻ văn bản, biểu đồ chỉ tiêu.');
const ORGANISATION = label('Tổ chức');

const entryFields = { createdAt: CREATED, updatedAt: UPDATED, publishedAt: PUBLISHED };
/** Entries of unit-scoped types name the unit (đơn vị) whose site they belong to. */
const scopedFields = {
  ...entryFields,
  unit: label('Đơn vị', 'Đơn vị có cổng thông tin đăng nội dung này; biên tập viên chỉ thấy và sửa nội dung của đơn vị mình.'),
  unitDocumentId: derived('Mã đơn vị', 'Tự điền từ trường “Đơn vị”.'),
};

export const CONTENT_TYPE_LABELS: Readonly<Record<string, TypeLabels>> = {
  'api::article.article': {
    fields: {
      ...scopedFields,
      title: label('Tiêu đề'),
      slug: SLUG,
      summary: label('Sapo', 'Đoạn dẫn ngắn hiện ở danh sách tin và làm mô tả trang.'),
      date: label('Ngày giờ đăng tin', 'Ngày giờ của tin (hiển thị “28/04/2021 17:20”), giờ Việt Nam.'),
      cover: label('Ảnh đại diện', 'Bắt buộc có văn bản thay thế (alt): nhập trong Thư viện media.'),
      coverCaption: label('Chú thích ảnh', 'Ví dụ: “Ảnh minh họa”.'),
      featured: label('Tin tiêu điểm'),
      hot: label('Tin nóng'),
      author: label('Tác giả'),
      photoCredit: label('Ảnh', 'Ví dụ: “Tin ảnh: Thanh Nga”.'),
      contributingUnit: label('Đơn vị cộng tác', 'Ví dụ: “Trung tâm TT&VH Ba Chẽ”.'),
      sourceName: label('Nguồn tin', 'Báo, trang tin hoặc văn bản (kèm số trang).'),
      sourceUrl: label('Liên kết nguồn'),
      category: label('Chuyên mục'),
      tags: label('Thẻ'),
      organisation: label('Tổ chức liên quan'),
      relatedDocuments: label('Văn bản liên quan'),
      syndicatedTo: label('Đăng lại trên cổng', 'Chỉ tin của Tỉnh ủy, UBND tỉnh: chọn các xã, phường đăng lại tin này (kèm liên kết về bài gốc).'),
      syndicateToAll: label('Đăng lại trên mọi cổng xã, phường', 'Chỉ tin của Tỉnh ủy, UBND tỉnh: tin hiện trên cổng của mọi xã, phường đang hoạt động.'),
      sections: SECTIONS,
      seo: SEO,
      ...IMPORTED_FIELDS,
      otherCategories: label('Chuyên mục khác', 'Các chuyên mục khác tin này cũng thuộc về (như trên cổng cũ).'),
      legacyViews: derived('Lượt xem trên cổng cũ', 'Số lượt xem đã ghi trên cổng NukeViet cũ.'),
      legacyStatus: derived('Trạng thái trên cổng cũ', 'Đã đăng, chờ duyệt, hẹn giờ hoặc hết hạn trên cổng NukeViet cũ.'),
      importKey: derived('Nguồn nhập từ Word', 'Đơn vị và tên tệp Word đã tạo tin này; nhập lại cùng tệp sẽ cập nhật bản nháp này.'),
    },
    list: ['title', 'category', 'date', 'featured', 'hot'],
    sort: ['date', 'DESC'],
    mainField: 'title',
  },
  'api::file-job.file-job': {
    fields: {
      createdAt: CREATED,
      updatedAt: UPDATED,
      kind: derived('Loại tác vụ', 'Trích toàn văn của văn bản.'),
      targetDocumentId: derived('Mã văn bản', 'documentId của văn bản cần trích toàn văn.'),
      state: derived('Trạng thái', 'Đang chờ, đang chạy, xong hoặc lỗi.'),
      attempts: derived('Số lần chạy', 'Tăng mỗi lần worker nhận tác vụ.'),
      failure: derived('Lỗi', 'Lý do khi tác vụ lỗi.'),
      startedAt: derived('Bắt đầu lúc', 'Lần chạy gần nhất.'),
      finishedAt: derived('Kết thúc lúc', 'Lần chạy gần nhất.'),
    },
    list: ['targetDocumentId', 'state', 'attempts', 'updatedAt'],
    sort: ['updatedAt', 'DESC'],
    mainField: 'targetDocumentId',
  },
  'api::category.category': {
    fields: {
      ...scopedFields,
      name: label('Tên chuyên mục'),
      slug: SLUG,
      description: label('Mô tả'),
      order: label('Thứ tự', 'Thứ tự trong menu, số nhỏ đứng trước.'),
      parent: label('Chuyên mục cha'),
      children: label('Chuyên mục con'),
      articles: label('Tin bài'),
      ...IMPORTED_FIELDS,
    },
    list: ['name', 'parent', 'order', 'slug'],
    sort: ['order', 'ASC'],
    mainField: 'name',
  },
  'api::tag.tag': {
    fields: { ...entryFields, name: label('Tên thẻ'), slug: SLUG, articles: label('Tin bài') },
    list: ['name', 'slug', 'updatedAt'],
    sort: ['name', 'ASC'],
    mainField: 'name',
  },
  'api::page.page': {
    fields: {
      ...scopedFields,
      title: label('Tiêu đề'),
      slug: SLUG,
      summary: label('Tóm tắt'),
      menuOrder: label('Thứ tự trong menu', 'Để trống nếu trang không hiện trong menu.'),
      sections: SECTIONS,
      seo: SEO,
      parent: label('Trang cha'),
      children: label('Trang con'),
    },
    list: ['title', 'parent', 'menuOrder', 'updatedAt'],
    sort: ['menuOrder', 'ASC'],
    mainField: 'title',
  },
  'api::organisation.organisation': {
    fields: {
      ...entryFields,
      name: label('Tên tổ chức', 'Ví dụ: “Ban Thường vụ Huyện ủy Bình Sơn”.'),
      shortName: label('Tên ngắn'),
      code: label('Ký hiệu', 'Ký hiệu dùng trong số văn bản: HU, TU, ĐU, UBND…'),
      slug: SLUG,
      kind: label('Loại tổ chức'),
      level: label('Cấp', 'Cấp huyện chỉ tồn tại đến 30/06/2025.'),
      activeFrom: label('Hoạt động từ ngày'),
      activeUntil: label('Hoạt động đến ngày', 'Để trống nếu còn hoạt động.'),
      description: label('Giới thiệu'),
      website: label('Trang web'),
      address: label('Địa chỉ'),
      phone: label('Điện thoại'),
      email: label('Thư điện tử'),
      parent: label('Tổ chức cấp trên'),
      children: label('Tổ chức trực thuộc'),
      mergedInto: label('Sáp nhập vào', 'Tổ chức kế thừa sau khi sáp nhập, giải thể.'),
      mergedFrom: label('Tiếp nhận từ'),
      articles: label('Tin bài'),
      documents: label('Văn bản ban hành'),
      congresses: label('Đại hội'),
      indicators: label('Chỉ tiêu'),
      kpiReports: label('Báo cáo chỉ tiêu'),
      schedules: label('Lịch công tác'),
    },
    list: ['name', 'code', 'kind', 'level', 'activeUntil'],
    sort: ['name', 'ASC'],
    mainField: 'name',
  },
  'api::person.person': {
    fields: {
      ...entryFields,
      fullName: label('Họ và tên'),
      slug: SLUG,
      biography: label('Tiểu sử'),
      photo: label('Ảnh chân dung'),
      positions: label('Chức vụ', 'Các chức vụ theo thời gian.'),
    },
    list: ['fullName', 'photo', 'updatedAt'],
    sort: ['fullName', 'ASC'],
    mainField: 'fullName',
  },
  'api::legal-document.legal-document': {
    fields: {
      ...scopedFields,
      rawNumber: label('Số, ký hiệu', 'Nhập như trên văn bản, ví dụ 215-KL/TU, 15/QĐ-UBND, 30/2020/NĐ-CP. Hệ thống tự chuẩn hóa và tách các phần.'),
      normalizedNumber: derived('Số ký hiệu chuẩn hóa', 'Tự tính từ “Số, ký hiệu”.'),
      system: derived('Hệ thống văn bản', 'Văn bản của Đảng hay văn bản nhà nước, tự nhận biết từ số ký hiệu.'),
      sequence: derived('Số thứ tự', 'Tự tách từ số ký hiệu.'),
      typeCode: derived('Ký hiệu loại', 'Tự tách từ số ký hiệu.'),
      issuerCode: derived('Ký hiệu cơ quan ban hành', 'Tự tách từ số ký hiệu.'),
      unitCode: derived('Ký hiệu đơn vị soạn thảo', 'Tự tách từ số ký hiệu.'),
      numberYear: derived('Năm trong số ký hiệu', 'Tự tách từ số ký hiệu (ví dụ 2020 trong 30/2020/NĐ-CP).'),
      term: label('Nhiệm kỳ', 'Với văn bản của Đảng: nhiệm kỳ cấp ủy, ví dụ 2020-2025 (số văn bản đánh lại theo nhiệm kỳ).'),
      numberKey: derived('Khóa trùng lặp', 'Cơ quan + nhiệm kỳ/năm + loại + số: không được trùng.'),
      typeName: label('Loại văn bản', 'Để trống để lấy theo ký hiệu loại; bắt buộc nhập khi số không có loại (ví dụ Luật).'),
      slug: label('Đường dẫn (slug)', 'Để trống để tạo tự động từ số ký hiệu.'),
      subject: label('Trích yếu'),
      issuerName: label('Cơ quan ban hành (như in trên văn bản)', 'Giữ tên tại thời điểm ban hành.'),
      signer: label('Người ký'),
      signerTitle: label('Chức vụ người ký'),
      signingCapacity: label('Thẩm quyền ký', 'T/M, K/T, T/L (Đảng); TM., KT., TL., TUQ., Q. (Nhà nước).'),
      issuedDate: label('Ngày ban hành'),
      effectiveDate: label('Ngày hiệu lực', 'Không được trước ngày ban hành.'),
      validity: label('Tình trạng hiệu lực'),
      areas: label('Lĩnh vực', 'Danh sách JSON, ví dụ ["Xây dựng Đảng", "Tổ chức bộ máy"].'),
      body: label('Toàn văn'),
      commentOpensAt: label('Bắt đầu lấy ý kiến', 'Chỉ với dự thảo lấy ý kiến.'),
      commentClosesAt: label('Kết thúc lấy ý kiến', 'Phải sau thời điểm bắt đầu.'),
      files: label('Tệp đính kèm', 'PDF, DOCX…'),
      relations: label('Quan hệ với văn bản khác', 'Căn cứ, hướng dẫn, sửa đổi, thay thế, bãi bỏ, liên quan.'),
      issuingOrganisation: label('Tổ chức ban hành'),
      congress: label('Thuộc Đại hội'),
      articles: label('Tin bài nhắc đến'),
      ...IMPORTED_FIELDS,
      fullText: derived('Toàn văn', 'Trích tự động từ tệp PDF/DOCX đính kèm (tệp scan được nhận dạng chữ OCR); chạy nền, không chặn việc lưu.'),
      fullTextStatus: derived('Trạng thái trích toàn văn', 'Đang chờ, đang chạy, xong hoặc lỗi (xem "Tác vụ xử lý tệp").'),
      fullTextMachineRead: derived('Toàn văn do máy đọc (OCR)', 'Có trang được nhận dạng chữ từ ảnh scan; có thể có lỗi chính tả.'),
      fullTextSource: derived('Nguồn toàn văn', 'Các tệp đã dùng để trích toàn văn.'),
      metadataProposal: derived(
        'Thông tin đề xuất từ tệp',
        'Số, loại, cơ quan ban hành, địa danh và ngày, trích yếu, người ký đọc từ trang đầu của tệp đính kèm đầu tiên: kiểm tra rồi nhập vào các trường; không tự lưu.',
      ),
    },
    list: ['normalizedNumber', 'typeName', 'issuerName', 'issuedDate', 'validity'],
    sort: ['issuedDate', 'DESC'],
    mainField: 'normalizedNumber',
  },
  'api::congress.congress': {
    fields: {
      ...scopedFields,
      title: label('Tên Đại hội', 'Ví dụ: “Đại hội đại biểu Đảng bộ huyện Bình Sơn lần thứ XXVII”.'),
      slug: SLUG,
      ordinal: label('Lần thứ', 'Nhập số (27); trang web hiển thị số La Mã (XXVII).'),
      termStartYear: label('Nhiệm kỳ từ năm'),
      termEndYear: label('Nhiệm kỳ đến năm'),
      startDate: label('Ngày khai mạc'),
      endDate: label('Ngày bế mạc'),
      delegateCount: label('Số đại biểu'),
      executiveCommitteeSize: label('Số ủy viên Ban Chấp hành'),
      description: label('Giới thiệu, kết quả'),
      cover: label('Ảnh đại diện', 'Bắt buộc có văn bản thay thế (alt).'),
      termTargets: label('Chỉ tiêu nhiệm kỳ'),
      organisation: label('Đảng bộ'),
      secretary: label('Bí thư được bầu'),
      executiveCommitteeMembers: label('Ban Chấp hành'),
      documents: label('Văn kiện'),
    },
    list: ['title', 'ordinal', 'termStartYear', 'organisation'],
    sort: ['termStartYear', 'DESC'],
    mainField: 'title',
  },
  'api::indicator.indicator': {
    fields: {
      ...scopedFields,
      name: label('Tên chỉ tiêu'),
      code: label('Mã chỉ tiêu', 'Mã ổn định, ví dụ “BC-HO-NGHEO”.'),
      slug: SLUG,
      measureUnit: label('Đơn vị tính', 'Ví dụ: %, ha, tỷ đồng, kg/người/năm.'),
      domain: label('Lĩnh vực'),
      direction: label('Chiều đánh giá', 'Càng cao càng tốt (sản lượng) hay càng thấp càng tốt (tỷ lệ hộ nghèo).'),
      targetKind: label('Kiểu chỉ tiêu'),
      description: label('Cách tính, ghi chú'),
      organisation: ORGANISATION,
    },
    list: ['name', 'code', 'measureUnit', 'domain', 'direction'],
    sort: ['name', 'ASC'],
    mainField: 'name',
  },
  'api::kpi-report.kpi-report': {
    fields: {
      ...scopedFields,
      title: label('Tiêu đề báo cáo'),
      slug: SLUG,
      period: label('Kỳ báo cáo'),
      year: label('Năm', 'Năm kết thúc kỳ báo cáo.'),
      quarter: label('Quý', 'Chỉ với báo cáo quý.'),
      termStartYear: label('Nhiệm kỳ từ năm', 'Chỉ với báo cáo nhiệm kỳ.'),
      reportDate: label('Ngày báo cáo'),
      grading: label('Xếp loại', 'Để trống để tính từ điểm (≥ 90 xuất sắc, 70–dưới 90 tốt, 50–dưới 70 hoàn thành).'),
      gradingScore: label('Điểm xếp loại', 'Thang 100 điểm.'),
      metOrExceeded: derived('Số chỉ tiêu đạt và vượt', 'Tự tính từ các giá trị.'),
      totalAssessed: derived('Số chỉ tiêu được đánh giá', 'Tự tính từ các giá trị.'),
      summaryLabel: derived('Kết quả chung', 'Tự tính, ví dụ “đạt và vượt 10/16 chỉ tiêu”.'),
      values: label('Giá trị các chỉ tiêu', '% kế hoạch, so cùng kỳ và đánh giá được tính tự động khi lưu.'),
      organisation: ORGANISATION,
      sourceDocument: label('Văn bản nguồn'),
    },
    list: ['title', 'organisation', 'period', 'year', 'summaryLabel'],
    sort: ['year', 'DESC'],
    mainField: 'title',
  },
  'api::schedule.schedule': {
    fields: {
      ...scopedFields,
      title: label('Tiêu đề', 'Ví dụ: “Lịch làm việc của Thường trực Huyện ủy tuần 29”.'),
      slug: SLUG,
      isoYear: label('Năm (theo tuần ISO)'),
      isoWeek: label('Tuần', 'Tuần ISO 1–52 (hoặc 53), bắt đầu từ thứ Hai.'),
      startDate: derived('Từ ngày', 'Thứ Hai của tuần, tự tính.'),
      endDate: derived('Đến ngày', 'Chủ nhật của tuần, tự tính.'),
      note: label('Ghi chú'),
      entries: label('Các việc trong tuần', 'Ngày của từng việc phải nằm trong tuần.'),
      attachment: label('Tệp lịch gốc'),
      organisation: label('Cơ quan'),
    },
    list: ['title', 'organisation', 'isoYear', 'isoWeek', 'startDate'],
    sort: ['startDate', 'DESC'],
    mainField: 'title',
  },
  'api::outage-notice.outage-notice': {
    fields: {
      ...scopedFields,
      title: label('Tiêu đề', 'Ví dụ: “Tạm ngừng cổng thông tin để nâng cấp hệ thống”.'),
      message: label('Nội dung thông báo', 'Hiện trên mọi trang của cổng từ khi xuất bản đến khi hết thời gian tạm ngừng.'),
      startsAt: label('Bắt đầu tạm ngừng', 'Phải cách ngày xuất bản ít nhất 7 ngày làm việc (Nghị định 224/2026).'),
      endsAt: label('Kết thúc tạm ngừng'),
      announcedAt: derived('Ngày thông báo', 'Lần đầu xuất bản thời điểm bắt đầu hiện tại, tự ghi nhận.'),
    },
    list: ['title', 'startsAt', 'endsAt', 'announcedAt'],
    sort: ['startsAt', 'DESC'],
    mainField: 'title',
  },
  'api::feedback.feedback': {
    fields: {
      ...scopedFields,
      targetType: label('Góp ý cho'),
      authorName: label('Người gửi'),
      content: label('Nội dung'),
      moderation: label('Kiểm duyệt', 'Chỉ ý kiến đã duyệt mới hiện trên cổng sau lần dựng trang tiếp theo.'),
      reply: label('Trả lời của Ban biên tập'),
      email: label('Thư điện tử', 'Không bao giờ công khai.'),
      clientFingerprint: { label: 'Dấu vết máy gửi (băm)', description: 'Dùng chống gửi trùng, không công khai.', derived: true },
      article: label('Tin bài'),
      document: label('Dự thảo văn bản'),
    },
    list: ['authorName', 'targetType', 'moderation', 'createdAt'],
    sort: ['createdAt', 'DESC'],
    mainField: 'authorName',
  },
  'api::redirect.redirect': {
    fields: {
      ...scopedFields,
      fromPath: label(
        'Địa chỉ cũ',
        'Đường dẫn trên cổng, bắt đầu bằng “/”, ví dụ “/tin-tuc/ten-bai-cu/”; hoặc địa chỉ dạng truy vấn của cổng NukeViet cũ, ví dụ “/index.php?language=vi&nv=news&op=chuyen-muc/ten-bai-12” (chỉ máy chủ của cổng và nginx trả lời được dạng này).',
      ),
      toPath: label('Chuyển tới', 'Địa chỉ mới (trả lời 301). Để trống: nội dung đã gỡ, địa chỉ trả lời 410 “không còn được đăng tải”.'),
      fromHost: derived('Tên miền cũ', 'Chỉ với bản ghi đổi địa chỉ của cả đơn vị: tên miền trước khi đổi (trống: cổng chung).'),
      toHost: derived('Tên miền mới', 'Chỉ với bản ghi đổi địa chỉ của cả đơn vị: tên miền sau khi đổi (trống: cổng chung).'),
      reason: label('Lý do'),
      entryType: { label: 'Loại nội dung', description: 'Do CMS ghi khi đổi đường dẫn, gỡ xuất bản hay xóa.', derived: true },
      entryDocumentId: { label: 'Mã nội dung', description: 'Nội dung từng ở địa chỉ cũ; xuất bản lại sẽ lấy lại địa chỉ.', derived: true },
    },
    list: ['fromPath', 'toPath', 'reason', 'updatedAt'],
    sort: ['updatedAt', 'DESC'],
    mainField: 'fromPath',
  },
  'api::site-setting.site-setting': {
    fields: {
      ...scopedFields,
      portalName: label('Tên cổng thông tin'),
      ownerName: label('Cơ quan chủ quản', 'Hiện ở đầu trang, ví dụ “Ủy ban nhân dân huyện Bình Sơn”.'),
      editorInChiefName: label('Trưởng Ban biên tập'),
      editorInChiefTitle: label('Chức vụ Trưởng Ban biên tập'),
      licence: label('Giấy phép'),
      phone: label('Điện thoại'),
      email: label('Thư điện tử'),
      address: label('Địa chỉ'),
      archiveNotice: label('Thông báo lưu trữ', 'Với cổng của đơn vị đã giải thể, sáp nhập: hiện thành dải thông báo.'),
      logo: label('Biểu trưng'),
      linkedWebsites: label('Website liên kết'),
      socialLinks: label('Mạng xã hội'),
      homeSections: label('Các khối trang chủ', 'Theo thứ tự hiển thị.'),
      ownerOrganisation: label('Tổ chức chủ quản'),
    },
  },
  'api::information-request.information-request': {
    fields: {
      ...scopedFields,
      referenceNumber: derived('Số phiếu', 'Tự cấp khi tiếp nhận; người yêu cầu dùng số này khi hỏi lại.'),
      requesterName: label('Người yêu cầu'),
      address: label('Nơi cư trú, địa chỉ'),
      phone: label('Điện thoại'),
      email: label('Thư điện tử', 'Không bao giờ công khai.'),
      content: label('Thông tin yêu cầu cung cấp'),
      purpose: label('Mục đích sử dụng thông tin'),
      receivedOn: label('Ngày tiếp nhận', 'Tự ghi ngày gửi; sửa nếu yêu cầu đến qua bưu điện vào ngày khác.'),
      dueDate: derived(
        'Hạn trả lời',
        'Chậm nhất 15 ngày làm việc kể từ ngày nhận yêu cầu hợp lệ (Luật Tiếp cận thông tin, Điều 30, 31), không tính ngày nghỉ lễ, Tết. ' +
          'Thông tin có sẵn, đơn giản: trả lời trong 3 ngày làm việc; thông tin phải tập hợp: báo cho người yêu cầu thời hạn trả lời trong 3 ngày làm việc; gia hạn tối đa 15 ngày, phải báo bằng văn bản.',
      ),
      handling: label('Tình trạng xử lý'),
      reply: label('Trả lời, kết quả cung cấp'),
      clientFingerprint: label('Dấu vết chống gửi tự động'),
    },
    list: ['referenceNumber', 'requesterName', 'receivedOn', 'dueDate', 'handling'],
    sort: ['dueDate', 'ASC'],
    mainField: 'referenceNumber',
  },
  'api::information-access.information-access': {
    fields: {
      ...scopedFields,
      intro: label('Lời giới thiệu'),
      focalName: label('Đầu mối cung cấp thông tin', 'Họ tên người hoặc tên bộ phận đầu mối (Nghị định 13/2018 Điều 11).'),
      focalPosition: label('Chức vụ, bộ phận'),
      focalPhone: label('Điện thoại đầu mối'),
      focalEmail: label('Thư điện tử đầu mối'),
      items: label('Danh mục thông tin phải công khai', 'Mỗi mục gắn với văn bản, trang, tin bài đáp ứng mục đó (Luật 104/2016 Điều 19).'),
      missingItems: derived('Mục còn thiếu', 'Tự tính: các mục chưa gắn văn bản, trang hay tin bài nào.'),
    },
  },
  'api::unit-profile.unit-profile': {
    fields: {
      ...scopedFields,
      history: label('Lịch sử hình thành', 'Mỗi đoạn cách nhau một dòng trống. Đơn vị sáp nhập vào đây (Tổ chức → “Sáp nhập vào”) được liệt kê tự động.'),
      boundary: label('Bản đồ ranh giới (GeoJSON)', 'Tệp .geojson xuất từ phần mềm bản đồ (kinh độ, vĩ độ WGS 84); cổng tự vẽ thành bản đồ.'),
      boundaryDescription: label('Mô tả ranh giới', 'Bắt buộc khi có bản đồ: phía Bắc giáp…, phía Nam giáp… (cho người không xem được bản đồ).'),
    },
  },
  'api::satisfaction-vote.satisfaction-vote': {
    fields: {
      ...scopedFields,
      score: label('Mức độ hài lòng (1–5)'),
      comment: label('Góp ý'),
      day: label('Ngày đánh giá'),
      clientFingerprint: label('Dấu vết chống gửi tự động'),
    },
    list: ['score', 'day', 'comment'],
    sort: ['day', 'DESC'],
  },
  'api::english-page.english-page': {
    fields: {
      ...scopedFields,
      unitName: label('Tên cơ quan (tiếng Anh)', 'Ví dụ: “Binh Son District Party Committee”. Là tiêu đề trang /en/.'),
      description: label('Mô tả trang (tiếng Anh)', 'Một, hai câu giới thiệu; dùng làm mô tả cho công cụ tìm kiếm và mạng xã hội.'),
      organisation: label('Cơ cấu tổ chức (tiếng Anh)', 'Mỗi đoạn cách nhau một dòng trống.'),
      functions: label('Chức năng, nhiệm vụ (tiếng Anh)', 'Mỗi đoạn cách nhau một dòng trống.'),
      leaders: label('Lãnh đạo (tiếng Anh)'),
      address: label('Địa chỉ (tiếng Anh)'),
      phone: label('Điện thoại'),
      email: label('Thư điện tử'),
    },
  },
  'api::unit.unit': {
    fields: {
      ...entryFields,
      name: label('Tên đơn vị', 'Ví dụ: “Đảng ủy xã Bình Sơn”.'),
      shortName: label('Tên ngắn', 'Ví dụ: “Bình Sơn”.'),
      slug: label('Mã đơn vị (slug)', 'Duy nhất trên nền tảng; để trống để tạo từ tên đơn vị.'),
      kind: label('Loại đơn vị'),
      parent: label('Đơn vị cấp trên'),
      children: label('Đơn vị trực thuộc'),
      organisation: label('Tổ chức', 'Tổ chức mà cổng thông tin của đơn vị đại diện.'),
      hostname: label(
        'Tên miền',
        'Ví dụ: binhson.quangngai.gov.vn (không kèm https://). Duy nhất trên nền tảng. ' +
          'Nếu đổi tên miền, địa chỉ cũ sẽ tự động chuyển hướng (301) sang tên miền mới (mục “Chuyển hướng địa chỉ”).',
      ),
      pathPrefix: label(
        'Tiền tố đường dẫn',
        'Ví dụ: /xa/binh-son/ khi cổng của đơn vị nằm dưới cổng tỉnh. Duy nhất trên nền tảng. ' +
          'Nếu đổi tiền tố, mọi địa chỉ cũ dưới tiền tố cũ sẽ tự động chuyển hướng (301) sang tiền tố mới.',
      ),
      state: label('Trạng thái'),
      dissolvedOn: label('Ngày giải thể', 'Bắt buộc khi đơn vị đã giải thể.'),
      dissolutionDecision: label('Quyết định giải thể', 'Số, ký hiệu văn bản, ví dụ “Nghị quyết số 1656/NQ-UBTVQH15”.'),
      successors: label('Đơn vị kế thừa'),
      editors: label('Người biên tập', 'Tài khoản quản trị được biên tập nội dung của đơn vị này.'),
      portalName: label('Tên cổng thông tin'),
      ownerName: label('Cơ quan chủ quản'),
      editorInChiefName: label('Trưởng Ban biên tập'),
      editorInChiefTitle: label('Chức vụ Trưởng Ban biên tập'),
      licence: label('Giấy phép'),
      phone: label('Điện thoại'),
      email: label('Thư điện tử'),
      address: label('Địa chỉ'),
      archiveNotice: label('Thông báo lưu trữ', 'Với cổng của đơn vị đã giải thể, sáp nhập: hiện thành dải thông báo.'),
      logo: label('Biểu trưng'),
      linkedWebsites: label('Website liên kết'),
      socialLinks: label('Mạng xã hội'),
      homeSections: label('Các khối trang chủ', 'Theo thứ tự hiển thị.'),
    },
    list: ['name', 'kind', 'hostname', 'pathPrefix', 'state'],
    sort: ['name', 'ASC'],
    mainField: 'name',
  },
};

export const COMPONENT_LABELS: Readonly<Record<string, TypeLabels>> = {
  'shared.seo': {
    fields: {
      metaTitle: label('Tiêu đề SEO', 'Nên dưới 60 ký tự.'),
      metaDescription: label('Mô tả SEO', 'Nên dưới 160 ký tự.'),
      shareImage: label('Ảnh khi chia sẻ', 'Để trống để dùng ảnh đại diện.'),
    },
  },
  'access.disclosure-item': {
    fields: {
      item: label('Mục thông tin'),
      documents: label('Văn bản đáp ứng'),
      pages: label('Trang đáp ứng'),
      articles: label('Tin bài đáp ứng'),
      note: label('Ghi chú'),
    },
  },
  'english.leader': {
    fields: { name: label('Họ và tên'), position: label('Chức vụ (tiếng Anh)'), phone: label('Điện thoại'), email: label('Thư điện tử') },
    mainField: 'name',
  },
  'shared.link': { fields: { label: label('Tên hiển thị'), url: label('Địa chỉ liên kết') }, mainField: 'label' },
  'sections.rich-text': { fields: { body: label('Nội dung') } },
  'sections.quote': { fields: { quote: label('Trích dẫn'), attribution: label('Người nói, nguồn') } },
  'sections.image': {
    fields: { image: label('Ảnh', 'Nhập văn bản thay thế (alt) trong Thư viện media.'), caption: label('Chú thích ảnh') },
  },
  'sections.table': {
    fields: {
      caption: label('Tên bảng'),
      rows: label('Các dòng', 'JSON: mỗi dòng là một mảng ô, dòng đầu là tiêu đề, ví dụ [["Chỉ tiêu","Kết quả"],["Lúa","105,1%"]].'),
    },
  },
  'sections.gallery': { fields: { images: label('Các ảnh'), caption: label('Chú thích chung') } },
  'sections.document-card': { fields: { document: label('Văn bản') } },
  'sections.kpi-chart': {
    fields: { indicator: label('Chỉ tiêu'), title: label('Tiêu đề biểu đồ', 'Để trống để dùng tên chỉ tiêu.') },
  },
  'person.position': {
    fields: { title: label('Chức vụ'), organisation: ORGANISATION, from: label('Từ ngày'), until: label('Đến ngày') },
    mainField: 'title',
  },
  'document.relation': {
    fields: {
      kind: label('Quan hệ', 'Đọc là: văn bản này <quan hệ> văn bản đích.'),
      target: label('Văn bản đích (trong thư viện)'),
      targetNumber: label('Số ký hiệu văn bản đích', 'Khi văn bản đích không có trên cổng; số hợp lệ được chuẩn hóa.'),
      note: label('Ghi chú', 'Ví dụ: “Điều 5, khoản 2”.'),
    },
  },
  'congress.term-target': {
    fields: {
      indicator: label('Chỉ tiêu'),
      target: label('Mục tiêu (số)', 'Theo đơn vị của chỉ tiêu.'),
      targetText: label('Mục tiêu (như trong Nghị quyết)', 'Ví dụ: “18/21 xã đạt chuẩn nông thôn mới”.'),
      note: label('Ghi chú'),
    },
  },
  'kpi.value': {
    fields: {
      indicator: label('Chỉ tiêu', 'Đơn vị tính lấy theo chỉ tiêu.'),
      plan: label('Kế hoạch', 'Phải lớn hơn 0.'),
      actual: label('Thực hiện'),
      previous: label('Cùng kỳ năm trước'),
      estimate: label('Số ước tính', 'Bật nếu là số ước thực hiện, chưa chính thức.'),
      note: label('Ghi chú'),
      percentOfPlan: derived('% so với kế hoạch', 'Tự tính, có xét chiều đánh giá của chỉ tiêu.'),
      changeOnPrevious: derived('% tăng/giảm so với cùng kỳ', 'Tự tính.'),
      status: derived('Đánh giá', 'Vượt / Đạt / Không đạt, tự tính.'),
    },
  },
  'schedule.entry': {
    fields: {
      day: label('Ngày', 'Phải nằm trong tuần của lịch.'),
      time: label('Giờ'),
      content: label('Nội dung công việc'),
      chair: label('Chủ trì'),
      participants: label('Thành phần'),
      location: label('Địa điểm'),
      preparingUnit: label('Đơn vị chuẩn bị'),
    },
    mainField: 'content',
  },
  'home.section': {
    fields: {
      kind: label('Loại khối'),
      title: label('Tiêu đề khối', 'Để trống để dùng tên mặc định của loại khối.'),
      limit: label('Số mục hiển thị'),
      category: label('Chuyên mục', 'Chỉ với khối “Tin mới theo chuyên mục”.'),
    },
  },
};
