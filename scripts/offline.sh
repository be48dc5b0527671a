#!/usr/bin/env bash
# Runs a command with no network but loopback. As root it enters a private
# network namespace where only `lo` and a veth pair joined to nothing else
# exist, so browser tests and benchmarks cannot send a packet off this
# machine. The veth pair (10.253.0.1 and .2, private, both ends inside the
# namespace) is there because Firefox gathers no ICE candidates at all when
# loopback is the only interface; Chromium gathers loopback ones too.
# Without root it runs the command directly, and says so.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" = 0 ] && command -v unshare >/dev/null && command -v ip >/dev/null; then
  exec unshare -n sh -c '
    ip link set lo up &&
    { ip link add cg0 type veth peer name cg1 &&
      ip addr add 10.253.0.1/24 dev cg0 && ip addr add 10.253.0.2/24 dev cg1 &&
      ip link set cg0 up && ip link set cg1 up && ip route add default dev cg0 ||
      echo "(no veth pair in this namespace: Firefox WebRTC tests will find no candidates)" >&2; } &&
    exec "$@"' sh "$@"
fi
echo "(not root: running without a private network namespace)" >&2
exec "$@"
