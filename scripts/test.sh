#!/usr/bin/env bash
# Set up everything the tests need on a fresh Debian machine with Python 3.11, then run ruff,
# mypy and the tests.
# System packages: Chromium (browser tests through Playwright) and PostgreSQL (store tests).
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
command -v pg_ctlcluster >/dev/null 2>&1 || need_apt+=(postgresql)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "installing system packages: ${need_apt[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[test,bench]"

# Lint and type-check first: any finding fails the run (settings in pyproject.toml).
.venv/bin/ruff check src tests bench eval scripts
.venv/bin/mypy

# A real PostgreSQL server for the store tests; the script prints the URL to use.
if [ -f scripts/start_postgres.sh ]; then
  CITEBRIEF_TEST_POSTGRES_URL="$(bash scripts/start_postgres.sh | tail -n 1)"
  export CITEBRIEF_TEST_POSTGRES_URL
fi

exec .venv/bin/python -m pytest "$@"
