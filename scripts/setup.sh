#!/usr/bin/env bash
# Sets up a fresh machine for building and testing Common Ground:
# Debian's Chromium (with its interface languages) and Firefox ESR for the browser tests,
# libfaketime for the one that moves the browser's clock, and redis-server
# for the signaling server's multi-instance tests (when missing and when we
# may install them), then the locked npm dependencies.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
# Chromium's interface languages: without them Chromium runs in English whatever
# --lang says, and picks the extension's English _locales (tests/e2e/languages.test.ts).
[ -e /usr/lib/chromium/locales/es.pak ] || missing+=(chromium-l10n)
[ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
command -v ip >/dev/null || missing+=(iproute2)
[ -x /usr/bin/redis-server ] || missing+=(redis-server)
# libfaketime: the toolbar badge's browser test moves the whole browser's clock. What it
# preloads is the library (tests/e2e/support/fakeClock.ts looks for it where this does),
# not the `faketime` command.
compgen -G '/usr/lib/*/faketime/libfaketimeMT.so.1' >/dev/null || missing+=(libfaketime)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing ${missing[*]} with apt-get…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    # Debian's package starts redis-server as a service; the tests start their
    # own on a free port, so none is left running or started at boot.
    if [[ " ${missing[*]} " == *" redis-server "* ]]; then
      systemctl disable --now redis-server >/dev/null 2>&1 || service redis-server stop >/dev/null 2>&1 || true
    fi
  else
    echo "Not installed: ${missing[*]}. Browser tests (and the signaling server's Redis tests) need them (on Debian: sudo apt-get install -y ${missing[*]})." >&2
  fi
fi

# Exactly the committed lock: `npm ci` refuses a lock that does not match
# package.json, and never rewrites it.
npm ci --no-audit --no-fund
