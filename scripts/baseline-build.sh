#!/usr/bin/env bash
# Builds the Chrome extension as it was at an earlier commit into
# .output/baseline/chrome-mv3, so a benchmark can measure it beside today's
# build in the same run, on the same machine, under the same load.
# Usage: bash scripts/baseline-build.sh [rev]   (default: $CG_BASELINE_REV, or
# c928009, the last build before typing went through lib/board/textInput).
# Reuses this checkout's node_modules; leaves nothing behind but the build.
set -euo pipefail
cd "$(dirname "$0")/.."
rev="${1:-${CG_BASELINE_REV:-c928009}}"
out=.output/baseline
stamp="$out/REV"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$(git rev-parse "$rev")" ] && [ -d "$out/chrome-mv3" ]; then
  echo "baseline build of $rev is already in $out"
  exit 0
fi
if ! git cat-file -e "$rev^{commit}" 2>/dev/null; then
  echo "baseline: commit $rev is not in this clone (a shallow clone?): skipping the comparison" >&2
  exit 0
fi
tree="$(mktemp -d /tmp/cg-baseline.XXXXXX)"
trap 'git worktree remove --force "$tree" >/dev/null 2>&1 || rm -rf "$tree"' EXIT
git worktree add --detach "$tree" "$rev" >/dev/null
ln -s "$PWD/node_modules" "$tree/node_modules"
(cd "$tree" && npx wxt prepare >/dev/null && npx wxt build >/dev/null)
rm -rf "$out" && mkdir -p "$out"
cp -r "$tree/.output/chrome-mv3" "$out/chrome-mv3"
git rev-parse "$rev" > "$stamp"
echo "baseline build of $rev in $out/chrome-mv3"
