#!/usr/bin/env sh
# Regenerate examples/briefs/ from examples/articles/ with the offline extractive engine:
# one <stem>.md, <stem>.json and <stem>.html per article, each verified.
set -eu
cd "$(dirname "$0")/.."
CITEBRIEF="${CITEBRIEF:-.venv/bin/citebrief}"
"$CITEBRIEF" brief examples/articles --format md,json,html --out-dir examples/briefs
