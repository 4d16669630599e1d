/**
 * Secrets the CMS needs. `pnpm start` generates them into cms/.env on first
 * start; in production they must come from the environment, and a missing or
 * placeholder value stops the CMS before it serves anything.
 */
export const SECRET_VARIABLES = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
] as const;

const MIN_SECRET_LENGTH = 16;

// Values copied from templates and docs that must never reach production.
const PLACEHOLDER = /^(tobemodified\d*|changeme|change-me|change_me|secret|placeholder|example|default|test|x+|\.+|<.*>)$/i;

export interface UnsafeSecret {
  variable: string;
  reason: 'missing' | 'placeholder' | 'too short';
}

export function findUnsafeSecrets(env: Record<string, string | undefined>): UnsafeSecret[] {
  const problems: UnsafeSecret[] = [];
  for (const variable of SECRET_VARIABLES) {
    const raw = env[variable]?.trim() ?? '';
    // APP_KEYS is a comma-separated list: every key must be safe.
    const values = variable === 'APP_KEYS' ? raw.split(',').map((key) => key.trim()) : [raw];
    if (raw === '' || values.some((value) => value === '')) {
      problems.push({ variable, reason: 'missing' });
    } else if (values.some((value) => PLACEHOLDER.test(value))) {
      problems.push({ variable, reason: 'placeholder' });
    } else if (values.some((value) => value.length < MIN_SECRET_LENGTH)) {
      problems.push({ variable, reason: 'too short' });
    }
  }
  return problems;
}

export class UnsafeSecretsError extends Error {
  override name = 'UnsafeSecretsError';
  constructor(readonly problems: UnsafeSecret[]) {
    super(
      'Refusing to start in production with unsafe secrets: ' +
        problems.map((problem) => `${problem.variable} is ${problem.reason}`).join(', ') +
        `. Set each one to a random value of at least ${MIN_SECRET_LENGTH} characters ` +
        '(e.g. `openssl rand -base64 32`; APP_KEYS takes several, comma-separated) in the environment.',
    );
  }
}

/** Throws UnsafeSecretsError when NODE_ENV=production and any secret is missing or a placeholder. */
export function assertProductionSecrets(env: Record<string, string | undefined> = process.env): void {
  if (env.NODE_ENV !== 'production') return;
  const problems = findUnsafeSecrets(env);
  if (problems.length > 0) throw new UnsafeSecretsError(problems);
}

/** Reads a secret that must be set in every environment, with an error that says how to fix it. */
export function requiredSecret(variable: (typeof SECRET_VARIABLES)[number], env: Record<string, string | undefined> = process.env): string {
  const value = env[variable]?.trim();
  if (!value) {
    throw new Error(
      `${variable} is not set. Run \`pnpm start\` once to generate cms/.env with random secrets, ` +
        'or set it in the environment (see cms/.env.example).',
    );
  }
  return value;
}
