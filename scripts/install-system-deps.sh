#!/usr/bin/env bash
# Installs the Debian packages the test suite needs. Today the suite needs only Python;
# later stages (PostgreSQL, headless Chromium) add their packages to PACKAGES.
set -euo pipefail
PACKAGES=()
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
