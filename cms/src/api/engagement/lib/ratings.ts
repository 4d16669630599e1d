import type { Core } from '@strapi/strapi';
import { vietnamDay } from './day';
import { knex, newDocumentId, toNumber } from './sql';

/**
 * Article ratings: one aggregate row per article (votes, sum of scores) and, for today only, one key row per
 * (article, visitor's daily fingerprint) that makes a second vote the same day a no-op.
 */

const RATINGS = 'engagement_ratings';
const VOTES = 'engagement_rating_votes';

export interface RatingSummary {
  /** documentId of the article. */
  article: string;
  /** Mean score rounded to one decimal; null before the first vote. */
  average: number | null;
  votes: number;
}

let purgedBefore = '';

/** Drops vote keys of earlier days (they only ever guard the current day), at most once per day and process. */
async function purgeOldVotes(strapi: Core.Strapi, today: string): Promise<void> {
  if (purgedBefore === today) return;
  purgedBefore = today;
  await knex(strapi)(VOTES).where('day', '<', today).delete();
}

/** Counts the vote unless this visitor already rated this article today; both writes commit together. */
export async function castVote(
  strapi: Core.Strapi,
  articleDocumentId: string,
  score: number,
  fingerprint: string,
  now: Date = new Date(),
): Promise<'counted' | 'duplicate'> {
  const day = vietnamDay(now);
  await purgeOldVotes(strapi, day);
  return knex(strapi).transaction(async (trx) => {
    const inserted = await trx(VOTES)
      .insert({ document_id: newDocumentId(), day, article_document_id: articleDocumentId, voter: fingerprint, created_at: now, updated_at: now, published_at: now })
      .onConflict(['day', 'article_document_id', 'voter'])
      .ignore()
      .returning('id');
    if (inserted.length === 0) return 'duplicate';
    await trx.raw(
      `INSERT INTO ?? (document_id, article_document_id, votes, score_sum, created_at, updated_at, published_at)
       VALUES (?, ?, 1, ?, ?, ?, ?)
       ON CONFLICT (article_document_id) DO UPDATE SET votes = ??.votes + 1, score_sum = ??.score_sum + ?, updated_at = ?`,
      [RATINGS, newDocumentId(), articleDocumentId, score, now, now, now, RATINGS, RATINGS, score, now],
    );
    return 'counted';
  });
}

function summary(article: string, votes: unknown, scoreSum: unknown): RatingSummary {
  const count = toNumber(votes);
  return { article, votes: count, average: count === 0 ? null : Math.round((toNumber(scoreSum) / count) * 10) / 10 };
}

export async function ratingOf(strapi: Core.Strapi, articleDocumentId: string): Promise<RatingSummary> {
  const row = await knex(strapi)(RATINGS).where('article_document_id', articleDocumentId).first('votes', 'score_sum');
  return summary(articleDocumentId, row?.votes, row?.score_sum);
}

/** Every rated article (for the site build), by documentId. */
export async function listRatings(strapi: Core.Strapi, page: number, pageSize: number) {
  const [rows, count] = await Promise.all([
    knex(strapi)(RATINGS)
      .select('article_document_id', 'votes', 'score_sum')
      .orderBy('id')
      .offset((page - 1) * pageSize)
      .limit(pageSize),
    knex(strapi)(RATINGS).count({ total: '*' }).first(),
  ]);
  const total = toNumber(count?.total);
  return {
    data: rows.map((row: { article_document_id: string; votes: unknown; score_sum: unknown }) =>
      summary(row.article_document_id, row.votes, row.score_sum),
    ),
    meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } },
  };
}
