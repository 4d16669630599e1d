/** The preview of a document (api::legal-document.legal-document): subject, metadata, files and full text. */

import type { PreviewDom } from './dom.ts';
import { formatDate, list, obj, str, type Entry } from './values.ts';

export function renderLegalDocument(dom: PreviewDom, entry: Entry): DocumentFragment {
  const { text, validity, system } = dom.labels;
  const out = dom.doc.createDocumentFragment();
  const subject = str(entry.subject);
  if (subject !== undefined) out.append(dom.el('p', subject, 'lead'));
  const signer = [str(entry.signerTitle), str(entry.signer)].filter(Boolean).join(' ');
  const areas = Array.isArray(entry.areas) ? entry.areas.filter((area): area is string => typeof area === 'string').join(', ') : undefined;
  out.append(
    dom.facts(text.documentMetadata, [
      [text.documentNumber, str(entry.normalizedNumber) ?? str(entry.rawNumber)],
      [text.documentType, str(entry.typeName)],
      [text.documentSystem, system[str(entry.system) ?? '']],
      [text.documentIssuer, str(entry.issuerName) ?? str(obj(entry.issuingOrganisation)?.name)],
      [text.documentTerm, str(entry.term)],
      [text.documentSigner, signer],
      [text.documentIssuedDate, formatDate(entry.issuedDate)],
      [text.documentEffectiveDate, formatDate(entry.effectiveDate)],
      [text.documentValidity, validity[str(entry.validity) ?? '']],
      [text.documentAreas, areas],
    ]),
  );
  const files = list(entry.files);
  if (files.length > 0) {
    out.append(dom.el('h2', text.documentFiles));
    const items = dom.el('ul');
    for (const file of files) {
      const item = dom.el('li');
      const name = str(file.name) ?? str(file.url) ?? '';
      const url = dom.mediaUrl(file.url);
      item.append(url === undefined ? dom.doc.createTextNode(name) : dom.link(url, name));
      items.append(item);
    }
    out.append(items);
  }
  if (list(entry.body).length > 0) {
    out.append(dom.el('h2', text.documentBody), dom.blocks(entry.body));
  }
  return out;
}
