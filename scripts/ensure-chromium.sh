#!/usr/bin/env bash
# Installs Debian's Chromium for the end-to-end tests when it is missing (needs root, as on CI).
set -eu
CHROME=${CHROME_PATH:-/usr/bin/chromium}
if [ -x "$CHROME" ]; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "Chromium is missing at $CHROME; install it (Debian: apt-get install -y chromium) or set CHROME_PATH." >&2
  exit 1
fi
echo "Installing Chromium from Debian's packages…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
