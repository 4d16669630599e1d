/**
 * Strapi REST query parameters, written out in the bracket notation Strapi parses with `qs`
 * (`populate[category][fields][0]=name`), so requests carry exactly what the loader asks for.
 */

/** A query value: scalars, arrays and nested objects (e.g. `{ populate: { category: { fields: ['name'] } } }`). */
export type StrapiQueryValue = string | number | boolean | readonly StrapiQueryValue[] | { readonly [key: string]: StrapiQueryValue };

/** Query parameters of a list request, apart from pagination and status which the client sets itself. */
export interface StrapiQuery {
  /** Relations, media, components and dynamic zones to include; never `*` on lists (see STYLE.md). */
  populate?: StrapiQueryValue;
  /** Sort keys, e.g. `['date:desc']`. */
  sort?: string | readonly string[];
  /** Scalar fields to return (all when absent). */
  fields?: readonly string[];
  /** Filters, e.g. `{ updatedAt: { $gt: '2024-01-01T00:00:00.000Z' } }`. */
  filters?: StrapiQueryValue;
  /** Locale, when the content type is localised. */
  locale?: string;
}

function append(params: URLSearchParams, key: string, value: StrapiQueryValue): void {
  if (Array.isArray(value)) {
    value.forEach((item: StrapiQueryValue, index: number) => append(params, `${key}[${index}]`, item));
  } else if (typeof value === 'object' && value !== null) {
    for (const [child, childValue] of Object.entries(value)) append(params, `${key}[${child}]`, childValue);
  } else {
    params.append(key, String(value));
  }
}

/** Flattens nested query values into Strapi's bracket notation; key order is kept, so URLs are stable. */
export function toSearchParams(query: Readonly<Record<string, StrapiQueryValue | undefined>>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) append(params, key, value);
  }
  return params;
}

/**
 * The query string of `params`, percent-encoded except for the brackets, colons, commas and dollar signs of Strapi's
 * notation, so that URLs in logs and error messages stay readable ("populate[category]=true&sort[0]=date:desc").
 */
export function toQueryString(params: URLSearchParams): string {
  const encode = (text: string) =>
    encodeURIComponent(text).replace(/%(5B|5D|3A|2C|24)/g, (escape) => decodeURIComponent(escape));
  return [...params].map(([key, value]) => `${encode(key)}=${encode(value)}`).join('&');
}
