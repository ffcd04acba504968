#!/usr/bin/env bash
# Installs the Debian packages the test suite needs: PostgreSQL (the store contract tests start
# their own server with initdb/pg_ctl, as the `postgres` user the package creates) and Chromium
# (browser tests drive /usr/bin/chromium through Playwright; Playwright never downloads one).
set -euo pipefail
PACKAGES=(postgresql chromium)
missing=()
for package in "${PACKAGES[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ "${#missing[@]}" -eq 0 ]; then
    exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
