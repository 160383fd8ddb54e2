#!/usr/bin/env bash
# Installs what the site needs (Node 24 when the machine's is older, npm packages) and starts the
# docs site with the in-browser mock at http://127.0.0.1:4321/docs/ (PORT to change it).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/install-deps.sh
exec npx astro dev --host 127.0.0.1 --port "${PORT:-4321}" "$@"
