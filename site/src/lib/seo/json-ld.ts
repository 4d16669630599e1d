/** schema.org JSON-LD objects of the page types, and their safe serialisation into a script element. */

import type { Congress, Document, Indicator, Organisation, Schedule } from '@portal/shared-types';
import type { ArticleSummary } from '../articles/articles.ts';
import type { Crumb } from '../navigation/breadcrumbs.ts';

type JsonLd = Record<string, unknown>;
const CONTEXT = 'https://schema.org';

/** JSON for a `<script type="application/ld+json">`: "<" is escaped so no text can close the element. */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

export function breadcrumbList(crumbs: readonly Crumb[], site: URL, currentUrl: string): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.label,
      item: crumb.href === undefined ? currentUrl : new URL(crumb.href, site).href,
    })),
  };
}

export function governmentOrganization(name: string, site: URL, contact: { phone?: string; email?: string; address?: string } = {}): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'GovernmentOrganization',
    name,
    url: site.href,
    ...(contact.phone ? { telephone: contact.phone } : {}),
    ...(contact.email ? { email: contact.email } : {}),
    ...(contact.address ? { address: contact.address } : {}),
  };
}

const organisationRef = (organisation: Pick<Organisation, 'name'> | null | undefined, fallback: string): JsonLd => ({
  '@type': 'GovernmentOrganization',
  name: organisation?.name ?? fallback,
});

/** `section`: the name of the article's category. */
export function newsArticle(article: ArticleSummary, url: string, publisher: string, image: string | undefined, section: string | undefined): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    headline: article.title,
    ...(article.summary ? { description: article.summary } : {}),
    datePublished: article.date,
    dateModified: article.updatedAt,
    mainEntityOfPage: url,
    inLanguage: 'vi',
    ...(image ? { image: [image] } : {}),
    ...(article.author ? { author: { '@type': 'Person', name: article.author } } : {}),
    publisher: organisationRef(null, publisher),
    ...(section ? { articleSection: section } : {}),
  };
}

export function legislation(document: Document, url: string): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'Legislation',
    name: `${document.typeName} ${document.normalizedNumber}`,
    legislationIdentifier: document.normalizedNumber,
    abstract: document.subject,
    url,
    inLanguage: 'vi',
    legislationType: document.typeName,
    ...(document.issuedDate ? { legislationDate: document.issuedDate } : {}),
    ...(document.effectiveDate ? { legislationDateVersion: document.effectiveDate } : {}),
    ...(document.issuerName ? { legislationPassedBy: organisationRef(document.issuingOrganisation, document.issuerName) } : {}),
    legislationLegalForce:
      document.validity === 'in-force'
        ? 'https://schema.org/InForce'
        : document.validity === 'partly-in-force'
          ? 'https://schema.org/PartiallyInForce'
          : 'https://schema.org/NotInForce',
    ...(document.areas.length > 0 ? { keywords: document.areas.join(', ') } : {}),
  };
}

export function dataset(indicator: Indicator, url: string, downloads: { csv: string; json: string }, publisher: string): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'Dataset',
    name: indicator.name,
    ...(indicator.description ? { description: indicator.description } : { description: `${indicator.name} (${indicator.measureUnit})` }),
    url,
    inLanguage: 'vi',
    identifier: indicator.code,
    variableMeasured: { '@type': 'PropertyValue', name: indicator.name, unitText: indicator.measureUnit },
    creator: organisationRef(indicator.organisation, publisher),
    isAccessibleForFree: true,
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: downloads.csv },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: downloads.json },
    ],
  };
}

export function congressEvent(congress: Congress, url: string): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'Event',
    name: congress.title,
    url,
    ...(congress.startDate ? { startDate: congress.startDate } : {}),
    ...(congress.endDate ? { endDate: congress.endDate } : {}),
    eventStatus: 'https://schema.org/EventScheduled',
    ...(congress.organisation ? { organizer: organisationRef(congress.organisation, congress.organisation.name) } : {}),
  };
}

/** Events of a week's schedule (timed entries at +07:00). */
export function scheduleEvents(schedule: Schedule, url: string): JsonLd[] {
  return schedule.entries.map((entry) => ({
    '@context': CONTEXT,
    '@type': 'Event',
    name: entry.content,
    startDate: entry.time === null ? entry.day : `${entry.day}T${entry.time}:00+07:00`,
    url,
    ...(entry.location ? { location: { '@type': 'Place', name: entry.location } } : {}),
    ...(schedule.organisation ? { organizer: organisationRef(schedule.organisation, schedule.organisation.name) } : {}),
  }));
}
