#!/usr/bin/env bash
# Installs what the tests need (Node 24, npm packages, Debian's Chromium) and runs every test:
# contract lint, unit and contract tests, astro check, the production build, browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/install-deps.sh
source scripts/ensure-chromium.sh
exec npm test
