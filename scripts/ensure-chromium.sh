#!/usr/bin/env bash
# Run by `./mvnw verify` (pom.xml, profile "install-chromium") when Debian's Chromium is missing:
# the browser tests drive /usr/bin/chromium and nothing may download a browser of its own.
# As root on Debian it installs the package; anywhere else it says in one line what to run.
# Exit 0 when Chromium is there afterwards, 1 otherwise.
set -u
chromium="${1:-/usr/bin/chromium}"
apt_get="${SABUESO_APT_GET:-apt-get}"   # overridable so the test can show the refusal line

if [ -x "$chromium" ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v "$apt_get" >/dev/null 2>&1; then
  echo "Chromium is missing at $chromium: installing Debian's chromium for the browser tests (apt-get)."
  export DEBIAN_FRONTEND=noninteractive
  if "$apt_get" update -qq && "$apt_get" install -y -qq chromium fonts-dejavu-core >/dev/null && [ -x "$chromium" ]; then
    exit 0
  fi
fi
echo "Chromium is missing at $chromium; the browser tests need it: run 'sudo apt-get update && sudo apt-get install -y chromium' (Debian), then ./mvnw verify again."
exit 1
