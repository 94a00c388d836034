#!/usr/bin/env bash
# Install Debian's Chromium and ChromeDriver for the browser tests, unless already present.
# Needs root (CI and developer machines here run as root); otherwise says how and exits 0 so that
# the rest of the set-up still works (the browser tests then report the browser as missing).
set -euo pipefail
if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "install_browser: not root; run 'apt-get install chromium chromium-driver' for browser tests" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq chromium chromium-driver >/dev/null 2>&1 || {
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver >/dev/null
}
