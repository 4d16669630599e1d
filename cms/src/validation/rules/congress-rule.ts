import type { ContentRule } from './content-rule';
import { noDerivedValues } from './content-rule';
import { checkCoverAltText } from './cover-alt-text';

export const congressRule: ContentRule = {
  uid: 'api::congress.congress',
  derivedAttributes: [],
  populate: { cover: true },
  derive(version, { problems }) {
    checkCoverAltText(version, problems);
    return noDerivedValues();
  },
};
