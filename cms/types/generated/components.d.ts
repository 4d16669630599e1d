import type { Schema, Struct } from '@strapi/strapi';

export interface AccessDisclosureItem extends Struct.ComponentSchema {
  collectionName: 'components_access_disclosure_items';
  info: {
    description: 'M\u1ED9t m\u1EE5c c\u1EE7a danh m\u1EE5c th\u00F4ng tin ph\u1EA3i c\u00F4ng khai v\u00E0 c\u00E1c v\u0103n b\u1EA3n, trang, tin b\u00E0i \u0111\u00E1p \u1EE9ng m\u1EE5c \u0111\u00F3';
    displayName: 'M\u1EE5c th\u00F4ng tin c\u00F4ng khai';
    icon: 'bulletList';
  };
  attributes: {
    articles: Schema.Attribute.Relation<'oneToMany', 'api::article.article'>;
    documents: Schema.Attribute.Relation<
      'oneToMany',
      'api::legal-document.legal-document'
    >;
    item: Schema.Attribute.Enumeration<
      [
        'legal-documents',
        'policy-guidance',
        'strategies-plans',
        'investment-procurement',
        'organisation-contacts',
        'financial-report',
        'disclosure-list',
      ]
    > &
      Schema.Attribute.Required;
    note: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    pages: Schema.Attribute.Relation<'oneToMany', 'api::page.page'>;
  };
}

export interface CongressTermTarget extends Struct.ComponentSchema {
  collectionName: 'components_congress_term_targets';
  info: {
    description: 'M\u1EE5c ti\u00EAu Ngh\u1ECB quy\u1EBFt \u0110\u1EA1i h\u1ED9i \u0111\u1EB7t ra cho c\u1EA3 nhi\u1EC7m k\u1EF3';
    displayName: 'Ch\u1EC9 ti\u00EAu nhi\u1EC7m k\u1EF3';
    icon: 'crown';
  };
  attributes: {
    indicator: Schema.Attribute.Relation<
      'oneToOne',
      'api::indicator.indicator'
    >;
    note: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    target: Schema.Attribute.Decimal;
    targetText: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
  };
}

export interface DocumentRelation extends Struct.ComponentSchema {
  collectionName: 'components_document_relations';
  info: {
    description: 'Quan h\u1EC7 v\u1EDBi v\u0103n b\u1EA3n kh\u00E1c: c\u0103n c\u1EE9, h\u01B0\u1EDBng d\u1EABn, s\u1EEDa \u0111\u1ED5i, thay th\u1EBF, b\u00E3i b\u1ECF, li\u00EAn quan';
    displayName: 'V\u0103n b\u1EA3n li\u00EAn quan';
    icon: 'link';
  };
  attributes: {
    kind: Schema.Attribute.Enumeration<
      ['based-on', 'guides', 'amends', 'replaces', 'repeals', 'related']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'related'>;
    note: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    target: Schema.Attribute.Relation<
      'oneToOne',
      'api::legal-document.legal-document'
    >;
    targetNumber: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
  };
}

export interface EnglishLeader extends Struct.ComponentSchema {
  collectionName: 'components_english_leaders';
  info: {
    description: 'H\u1ECD t\u00EAn v\u00E0 ch\u1EE9c v\u1EE5 b\u1EB1ng ti\u1EBFng Anh';
    displayName: 'L\u00E3nh \u0111\u1EA1o (ti\u1EBFng Anh)';
    icon: 'user';
  };
  attributes: {
    email: Schema.Attribute.Email &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 150;
      }>;
    phone: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 50;
      }>;
    position: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
  };
}

export interface HomeSection extends Struct.ComponentSchema {
  collectionName: 'components_home_sections';
  info: {
    description: 'M\u1ED9t kh\u1ED1i c\u1EE7a trang ch\u1EE7, theo th\u1EE9 t\u1EF1 hi\u1EC3n th\u1ECB';
    displayName: 'Kh\u1ED1i trang ch\u1EE7';
    icon: 'layout';
  };
  attributes: {
    category: Schema.Attribute.Relation<'oneToOne', 'api::category.category'>;
    kind: Schema.Attribute.Enumeration<
      [
        'hot-news',
        'featured-news',
        'latest-by-category',
        'kpi-highlights',
        'weekly-schedule',
        'draft-consultations',
        'linked-websites',
      ]
    > &
      Schema.Attribute.Required;
    limit: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 50;
          min: 1;
        },
        number
      >;
    title: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
  };
}

export interface KpiValue extends Struct.ComponentSchema {
  collectionName: 'components_kpi_values';
  info: {
    description: 'K\u1EBF ho\u1EA1ch, th\u1EF1c hi\u1EC7n v\u00E0 c\u00F9ng k\u1EF3 c\u1EE7a m\u1ED9t ch\u1EC9 ti\u00EAu';
    displayName: 'Gi\u00E1 tr\u1ECB ch\u1EC9 ti\u00EAu';
    icon: 'chartLine';
  };
  attributes: {
    actual: Schema.Attribute.Decimal;
    changeOnPrevious: Schema.Attribute.Decimal;
    estimate: Schema.Attribute.Boolean &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<false>;
    indicator: Schema.Attribute.Relation<
      'oneToOne',
      'api::indicator.indicator'
    >;
    note: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    percentOfPlan: Schema.Attribute.Decimal;
    plan: Schema.Attribute.Decimal;
    previous: Schema.Attribute.Decimal;
    status: Schema.Attribute.Enumeration<['exceeded', 'met', 'not-met']>;
  };
}

export interface PersonPosition extends Struct.ComponentSchema {
  collectionName: 'components_person_positions';
  info: {
    description: 'M\u1ED9t ch\u1EE9c v\u1EE5 trong m\u1ED9t kho\u1EA3ng th\u1EDDi gian';
    displayName: 'Ch\u1EE9c v\u1EE5';
    icon: 'briefcase';
  };
  attributes: {
    from: Schema.Attribute.Date;
    organisation: Schema.Attribute.Relation<
      'oneToOne',
      'api::organisation.organisation'
    >;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    until: Schema.Attribute.Date;
  };
}

export interface ScheduleEntry extends Struct.ComponentSchema {
  collectionName: 'components_schedule_entries';
  info: {
    description: 'M\u1ED9t vi\u1EC7c trong l\u1ECBch tu\u1EA7n';
    displayName: 'M\u1EE5c l\u1ECBch c\u00F4ng t\u00E1c';
    icon: 'calendar';
  };
  attributes: {
    chair: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    content: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    day: Schema.Attribute.Date & Schema.Attribute.Required;
    location: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    participants: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    preparingUnit: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    time: Schema.Attribute.Time;
  };
}

export interface SectionsDocumentCard extends Struct.ComponentSchema {
  collectionName: 'components_sections_document_cards';
  info: {
    description: 'Th\u1EBB d\u1EABn t\u1EDBi m\u1ED9t v\u0103n b\u1EA3n trong th\u01B0 vi\u1EC7n';
    displayName: 'Th\u1EBB v\u0103n b\u1EA3n';
    icon: 'file';
  };
  attributes: {
    document: Schema.Attribute.Relation<
      'oneToOne',
      'api::legal-document.legal-document'
    >;
  };
}

export interface SectionsGallery extends Struct.ComponentSchema {
  collectionName: 'components_sections_galleries';
  info: {
    description: 'Nhi\u1EC1u \u1EA3nh theo th\u1EE9 t\u1EF1';
    displayName: 'B\u1ED9 \u1EA3nh';
    icon: 'landscape';
  };
  attributes: {
    caption: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    images: Schema.Attribute.Media<'images', true> & Schema.Attribute.Required;
  };
}

export interface SectionsImage extends Struct.ComponentSchema {
  collectionName: 'components_sections_images';
  info: {
    description: 'M\u1ED9t \u1EA3nh k\u00E8m ch\u00FA th\u00EDch';
    displayName: 'H\u00ECnh \u1EA3nh';
    icon: 'picture';
  };
  attributes: {
    caption: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    image: Schema.Attribute.Media<'images'> & Schema.Attribute.Required;
  };
}

export interface SectionsKpiChart extends Struct.ComponentSchema {
  collectionName: 'components_sections_kpi_charts';
  info: {
    description: 'Bi\u1EC3u \u0111\u1ED3 gi\u00E1 tr\u1ECB c\u1EE7a m\u1ED9t ch\u1EC9 ti\u00EAu qua c\u00E1c b\u00E1o c\u00E1o';
    displayName: 'Bi\u1EC3u \u0111\u1ED3 ch\u1EC9 ti\u00EAu';
    icon: 'chartBubble';
  };
  attributes: {
    indicator: Schema.Attribute.Relation<
      'oneToOne',
      'api::indicator.indicator'
    >;
    title: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
  };
}

export interface SectionsQuote extends Struct.ComponentSchema {
  collectionName: 'components_sections_quotes';
  info: {
    description: 'L\u1EDDi tr\u00EDch d\u1EABn n\u1ED5i b\u1EADt';
    displayName: 'Tr\u00EDch d\u1EABn';
    icon: 'quote';
  };
  attributes: {
    attribution: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    quote: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
  };
}

export interface SectionsRichText extends Struct.ComponentSchema {
  collectionName: 'components_sections_rich_texts';
  info: {
    description: 'N\u1ED9i dung v\u0103n b\u1EA3n c\u00F3 \u0111\u1ECBnh d\u1EA1ng';
    displayName: '\u0110o\u1EA1n v\u0103n b\u1EA3n';
    icon: 'align-left';
  };
  attributes: {
    body: Schema.Attribute.Blocks & Schema.Attribute.Required;
  };
}

export interface SectionsTable extends Struct.ComponentSchema {
  collectionName: 'components_sections_tables';
  info: {
    description: 'B\u1EA3ng: m\u1ED7i d\u00F2ng l\u00E0 m\u1ED9t m\u1EA3ng \u00F4, d\u00F2ng \u0111\u1EA7u l\u00E0 ti\u00EAu \u0111\u1EC1';
    displayName: 'B\u1EA3ng s\u1ED1 li\u1EC7u';
    icon: 'grid';
  };
  attributes: {
    caption: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    rows: Schema.Attribute.JSON & Schema.Attribute.Required;
  };
}

export interface SharedLink extends Struct.ComponentSchema {
  collectionName: 'components_shared_links';
  info: {
    description: 'M\u1ED9t li\u00EAn k\u1EBFt c\u00F3 nh\u00E3n';
    displayName: 'Li\u00EAn k\u1EBFt';
    icon: 'link';
  };
  attributes: {
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    url: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
  };
}

export interface SharedSeo extends Struct.ComponentSchema {
  collectionName: 'components_shared_seos';
  info: {
    description: 'Ti\u00EAu \u0111\u1EC1, m\u00F4 t\u1EA3 v\u00E0 \u1EA3nh khi chia s\u1EBB';
    displayName: 'SEO';
    icon: 'search';
  };
  attributes: {
    metaDescription: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    metaTitle: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 70;
      }>;
    shareImage: Schema.Attribute.Media<'images'>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'access.disclosure-item': AccessDisclosureItem;
      'congress.term-target': CongressTermTarget;
      'document.relation': DocumentRelation;
      'english.leader': EnglishLeader;
      'home.section': HomeSection;
      'kpi.value': KpiValue;
      'person.position': PersonPosition;
      'schedule.entry': ScheduleEntry;
      'sections.document-card': SectionsDocumentCard;
      'sections.gallery': SectionsGallery;
      'sections.image': SectionsImage;
      'sections.kpi-chart': SectionsKpiChart;
      'sections.quote': SectionsQuote;
      'sections.rich-text': SectionsRichText;
      'sections.table': SectionsTable;
      'shared.link': SharedLink;
      'shared.seo': SharedSeo;
    }
  }
}
