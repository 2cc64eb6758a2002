#!/usr/bin/env bash
# Writes the pinned-behaviour fixtures from the `equirl` program of this checkout (or the jar in
# $EQUIRL_JAR): for each line of cases.txt, a short training run, then NAME.progress (every column
# of progress.csv but sps and time_s) and NAME.sha256 (model.params, and best.params if written).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../../../../../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
run() {
  if [ -n "${EQUIRL_JAR:-}" ]; then java -jar "$EQUIRL_JAR" "$@"; else "$root/bin/equirl" "$@"; fi
}
grep -v '^#' "$here/cases.txt" | while read -r name args; do
  [ -z "$name" ] && continue
  # shellcheck disable=SC2086
  run train --quiet --out "$work/$name" $args >/dev/null
  cut -d, -f1-7 "$work/$name/progress.csv" > "$here/$name.progress"
  (cd "$work/$name" && sha256sum model.params $( [ -f best.params ] && echo best.params )) \
    > "$here/$name.sha256"
  echo "pinned $name"
done
