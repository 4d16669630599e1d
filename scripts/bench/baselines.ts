/**
 * Reference generators for the build benchmark: the same articles as local
 * Markdown, built by a plain Astro project and by Hugo.
 */
import fs from 'node:fs';
import path from 'node:path';
import { siteDir } from '../src/paths.ts';
import { toMarkdown, type SyntheticArticle } from './corpus.ts';
import { runMeasured, type Measurement } from './measure.ts';

function writeMarkdown(dir: string, articles: SyntheticArticle[]): void {
  fs.mkdirSync(dir, { recursive: true });
  for (const article of articles) fs.writeFileSync(path.join(dir, `${article.slug}.md`), toMarkdown(article));
}

/**
 * A minimal Astro project beside the site (inside site/ so it resolves the
 * site's own astro install): a glob loader over Markdown, one page per article
 * and an index page — the "plain Astro" the quality bar compares against.
 */
export async function buildPlainAstro(articles: SyntheticArticle[], workDir: string): Promise<Measurement> {
  const project = path.join(siteDir, '.bench', path.basename(workDir));
  fs.rmSync(project, { recursive: true, force: true });
  writeMarkdown(path.join(project, 'content', 'articles'), articles);
  fs.mkdirSync(path.join(project, 'src', 'pages', 'tin-tuc'), { recursive: true });
  fs.writeFileSync(path.join(project, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({ trailingSlash: 'always' });\n");
  fs.writeFileSync(
    path.join(project, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
const articles = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/articles' }),
  schema: z.object({ title: z.string(), date: z.coerce.date(), summary: z.string(), category: z.string() }),
});
export const collections = { articles };
`,
  );
  fs.writeFileSync(
    path.join(project, 'src', 'pages', 'tin-tuc', '[slug].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const articles = await getCollection('articles');
  return articles.map((article) => ({ params: { slug: article.id }, props: { article } }));
}
const { article } = Astro.props;
const { Content } = await render(article);
---
<html lang="vi"><head><meta charset="utf-8"><title>{article.data.title}</title></head>
<body><main><h1>{article.data.title}</h1><p>{article.data.summary}</p><Content /></main></body></html>
`,
  );
  fs.writeFileSync(
    path.join(project, 'src', 'pages', 'index.astro'),
    `---
import { getCollection } from 'astro:content';
const articles = (await getCollection('articles')).sort((a, b) => b.data.date.valueOf() - a.data.date.valueOf()).slice(0, 20);
---
<html lang="vi"><head><meta charset="utf-8"><title>Trang chủ</title></head>
<body><main><ul>{articles.map((a) => <li><a href={\`/tin-tuc/\${a.id}/\`}>{a.data.title}</a></li>)}</ul></main></body></html>
`,
  );
  try {
    return await runMeasured(process.execPath, [path.join(siteDir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
      cwd: project,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
  } finally {
    fs.rmSync(project, { recursive: true, force: true });
  }
}

/** The same corpus built by Hugo, when Hugo is installed (apt-get install hugo). */
export async function buildHugo(articles: SyntheticArticle[], workDir: string): Promise<Measurement | null> {
  const hugo = ['/usr/bin/hugo', '/usr/local/bin/hugo'].find((candidate) => fs.existsSync(candidate));
  if (!hugo) return null;
  const project = path.join(workDir, 'hugo');
  writeMarkdown(path.join(project, 'content', 'tin-tuc'), articles);
  fs.mkdirSync(path.join(project, 'layouts', '_default'), { recursive: true });
  fs.writeFileSync(path.join(project, 'hugo.toml'), "baseURL = 'http://localhost/'\nlanguageCode = 'vi'\ntitle = 'Bench'\ndisableKinds = ['taxonomy', 'term', 'RSS', 'sitemap']\n");
  fs.writeFileSync(
    path.join(project, 'layouts', '_default', 'single.html'),
    '<html lang="vi"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><main><h1>{{ .Title }}</h1><p>{{ .Params.summary }}</p>{{ .Content }}</main></body></html>\n',
  );
  fs.writeFileSync(
    path.join(project, 'layouts', '_default', 'list.html'),
    '<html lang="vi"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><main><ul>{{ range first 20 .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></main></body></html>\n',
  );
  return runMeasured(hugo, ['--quiet', '--destination', path.join(workDir, 'hugo-out')], { cwd: project });
}
