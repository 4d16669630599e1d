/**
 * Errors thrown while loading content from the CMS at build time. They are meant for operators reading a failed
 * build log, so messages are in English and say what failed, where, and why.
 */

export interface StrapiLoadErrorDetails {
  /** Content collection being loaded, e.g. "articles". */
  collection: string;
  /** The request URL that failed (with its query string; the token travels in a header, never in the URL). */
  url: string;
  /** Why it failed, e.g. "HTTP 500 Internal Server Error after 4 attempts". */
  reason: string;
  /** HTTP status of the last response, when there was one. */
  status?: number | undefined;
  /** The underlying error (network error, validation error…). */
  cause?: unknown;
}

/** Loading a collection from Strapi failed; the build must stop rather than publish partial content. */
export class StrapiLoadError extends Error {
  override readonly name = 'StrapiLoadError';
  readonly collection: string;
  readonly url: string;
  readonly reason: string;
  readonly status: number | undefined;

  constructor(details: StrapiLoadErrorDetails) {
    super(`Cannot load collection "${details.collection}" from ${details.url}: ${details.reason}`, {
      cause: details.cause,
    });
    this.collection = details.collection;
    this.url = details.url;
    this.reason = details.reason;
    this.status = details.status;
  }
}

/** A build setting (environment variable) is missing or invalid. */
export class StrapiConfigError extends Error {
  override readonly name = 'StrapiConfigError';
  /** The environment variable at fault. */
  readonly variable: string;

  constructor(variable: string, problem: string, fix: string, options?: { cause?: unknown }) {
    super(`${variable} ${problem}. ${fix}`, options);
    this.variable = variable;
  }
}
