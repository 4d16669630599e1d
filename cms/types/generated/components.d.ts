import type { Schema, Struct } from '@strapi/strapi';

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

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'sections.quote': SectionsQuote;
      'sections.rich-text': SectionsRichText;
    }
  }
}
