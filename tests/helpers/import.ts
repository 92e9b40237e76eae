import type { Api, ImportResult, Input, Result } from '../../core/api';

type One = Omit<Input<'importArticles'>, 'articles'> & Input<'importArticles'>['articles'][number];

/** Imports one article as a batch of one and returns its result. */
export async function importOne(api: Api, { timelineId, article, decisions }: One): Promise<Result<ImportResult>> {
  const r = await api.importArticles({ timelineId, articles: [{ article, decisions }] });
  return r.ok ? { ok: true, value: r.value[0]! } : r;
}
