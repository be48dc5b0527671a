#!/usr/bin/env bash
# Runs a command with no network but loopback. As root it enters a private
# network namespace where only `lo` exists, so browser tests and benchmarks
# cannot send a packet off this machine (and WebRTC gathers only loopback
# candidates). Without root it runs the command directly, and says so.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" = 0 ] && command -v unshare >/dev/null && command -v ip >/dev/null; then
  exec unshare -n sh -c 'ip link set lo up && exec "$@"' sh "$@"
fi
echo "(not root: running without a private network namespace)" >&2
exec "$@"
