# Sourced by test.sh: makes sure a Chromium for Playwright exists and exports CHROMIUM_PATH.
# Playwright cannot download its own browser on these machines; Debian's package works.
if [ -z "${CHROMIUM_PATH:-}" ]; then
  for _candidate in /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
    [ -x "$_candidate" ] && CHROMIUM_PATH="$_candidate" && break
  done
fi
if [ -z "${CHROMIUM_PATH:-}" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "chromium: installing Debian's chromium package (once, about a minute)" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || {
      echo "chromium: apt-get install chromium failed" >&2; exit 1; }
    CHROMIUM_PATH=/usr/bin/chromium
  else
    echo "chromium: no Chromium found. Install one (Debian: sudo apt-get install chromium) or set CHROMIUM_PATH." >&2
    exit 1
  fi
fi
export CHROMIUM_PATH
unset _candidate
