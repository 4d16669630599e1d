#!/usr/bin/env bash
# Entry point of `pnpm start` / `pnpm test` (and `npm start` / `npm test` on a
# machine without pnpm): installs pnpm if it is missing and the workspace's
# dependencies — which bring Node.js 24 as the `node` devDependency — then runs
# the real command, whose scripts resolve `node` to that Node 24.
set -euo pipefail
cd "$(dirname "$0")/.."

export STRAPI_TELEMETRY_DISABLED=true
export ASTRO_TELEMETRY_DISABLED=1

PNPM_MAJOR=10
if ! command -v pnpm >/dev/null 2>&1; then
  if [ ! -x .tools/node_modules/.bin/pnpm ]; then
    echo "Installing pnpm ${PNPM_MAJOR} into .tools/ ..."
    npm install --silent --no-audit --no-fund --prefix .tools "pnpm@${PNPM_MAJOR}"
  fi
  export PATH="$PWD/.tools/node_modules/.bin:$PATH"
fi

pnpm install --frozen-lockfile --prefer-offline --reporter=silent

# The browser tests drive Debian's Chromium; install it where we can.
if [ "${1:-}" = test ] && [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Chromium for the browser tests (apt-get) ..."
    apt-get update -qq && apt-get install -y -qq chromium >/dev/null
  else
    echo "The browser tests need Chromium: run 'sudo apt-get install -y chromium' or set CHROMIUM_PATH." >&2
    exit 1
  fi
fi

# The HTML validity tests run the Nu HTML Checker (vnu-jar), a Java program.
if [ "${1:-}" = test ] && [ -z "${JAVA:-}" ] && ! command -v java >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Java for the HTML validity tests (apt-get) ..."
    apt-get update -qq && apt-get install -y -qq default-jre-headless >/dev/null
  else
    echo "The HTML validity tests need Java 11 or later: run 'sudo apt-get install -y default-jre-headless' or set JAVA." >&2
    exit 1
  fi
fi

case "${1:-}" in
  start) exec pnpm run --silent portal:start ;;
  test) exec pnpm run --silent portal:test ;;
  *) echo "usage: scripts/bootstrap.sh start|test" >&2; exit 2 ;;
esac
