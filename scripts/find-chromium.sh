#!/usr/bin/env bash
# Prints the path of Debian's Chromium for the end-to-end tests, installing it with apt-get when it is missing
# and we are root. Test tools' own browser downloads do not work on these machines, so we never use them.
set -u
for c in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -n "$c" ] && [ -x "$c" ]; then echo "$c"; exit 0; fi
done
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium not found: installing Debian's chromium package (about 20 s)…" >&2
  if (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >&2; then
    [ -x /usr/bin/chromium ] && { echo /usr/bin/chromium; exit 0; }
  fi
fi
cat >&2 <<'MSG'
The end-to-end tests need Debian's Chromium and it is not installed.
Install it as root:   apt-get install -y chromium
or point CHROMIUM_PATH at a Chromium/Chrome binary:   CHROMIUM_PATH=/path/to/chrome npm test
MSG
exit 1
