#!/usr/bin/env bash
# The browser tests drive a real headless Chromium through chromedriver, both from Debian's
# packages. Installs them where they are missing (as root, or through sudo); nothing is downloaded
# by Selenium itself.
set -euo pipefail

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
echo "Installing Debian's chromium and chromium-driver for the browser tests" >&2
if [ "$(id -u)" = 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
else
  sudo apt-get update -qq
  sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi
