# Sourced by start.sh and test.sh: Node 24 on PATH, then `npm ci` when package-lock.json changed
# since the last install (a stamp in node_modules records it).
source "$(dirname "${BASH_SOURCE[0]}")/node-env.sh" || exit 1
_stamp="node_modules/.installed-lock.sha256"
_want="$(sha256sum package-lock.json | cut -d' ' -f1)-$(node -v)"
if [ ! -f "$_stamp" ] || [ "$(cat "$_stamp")" != "$_want" ]; then
  echo "install: npm ci (package-lock.json changed or first run)" >&2
  npm ci --no-audit --no-fund --loglevel=error || exit 1
  echo "$_want" > "$_stamp"
fi
unset _stamp _want
