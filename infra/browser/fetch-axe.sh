#!/usr/bin/env bash
# Fetches axe-core (the accessibility engine the browser tests inject into each page) from the npm registry,
# outside the Vaadin bundle, once per version, and copies axe.min.js to the given path.
#   infra/browser/fetch-axe.sh ui/target/axe/axe.min.js
set -euo pipefail
AXE_VERSION="${AXE_VERSION:-4.14.1}"
dest="${1:?usage: fetch-axe.sh <destination axe.min.js>}"
cache="${XDG_CACHE_HOME:-$HOME/.cache}/missionhub/axe-core/$AXE_VERSION"

if [[ ! -s "$cache/axe.min.js" ]]; then
  command -v npm >/dev/null 2>&1 || { echo "[missionhub] npm is needed to fetch axe-core" >&2; exit 1; }
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  (cd "$work" && npm pack --silent "axe-core@$AXE_VERSION" >/dev/null)
  tar -xzf "$work/axe-core-$AXE_VERSION.tgz" -C "$work" package/axe.min.js package/LICENSE
  mkdir -p "$cache"
  cp "$work/package/axe.min.js" "$work/package/LICENSE" "$cache/"
  echo "[missionhub] axe-core $AXE_VERSION fetched"
fi
mkdir -p "$(dirname "$dest")"
cp "$cache/axe.min.js" "$dest"
