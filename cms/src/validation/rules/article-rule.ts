import type { ContentRule } from './content-rule';
import { noDerivedValues } from './content-rule';
import { checkCoverAltText } from './cover-alt-text';

export const articleRule: ContentRule = {
  uid: 'api::article.article',
  derivedAttributes: [],
  populate: { cover: true },
  derive(version, { problems }) {
    checkCoverAltText(version, problems);
    return noDerivedValues();
  },
};
