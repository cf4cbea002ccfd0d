#!/usr/bin/env bash
# Installs what linkkeeper needs from Debian on a fresh machine (idempotent; needs root or sudo
# for anything missing). Java 17 and Maven are required; Maven fetches everything else.
# Chromium is for the tests only: they open report.html in headless Chromium (and skip that
# test, saying why, when /usr/bin/chromium is missing).
set -euo pipefail
need=()
command -v java >/dev/null 2>&1 || need+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || need+=(maven)
[ -x /usr/bin/chromium ] || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -q
  $sudo apt-get install -y -q "${need[@]}"
fi
