#!/usr/bin/env bash
# Installs the command-line tools the build's tests call, where they are missing (a fresh CI machine).
# Idempotent and quiet: does nothing when everything is present. Needs root (CI) or sudo to install.
#   docker-compose  validates docker-compose.yml without a Docker engine (DockerComposeFileTest)
#   chromium        the headless browser the monitoring dashboard test drives (DashboardBrowserTest)
#   kcat            the Kafka client of docs/partners.md, whose commands KcatCommandsTest runs
set -euo pipefail

missing=()
command -v docker-compose >/dev/null 2>&1 || missing+=(docker-compose)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v kcat >/dev/null 2>&1 || missing+=(kcat)

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-tools: missing ${missing[*]} and no apt-get here; install it yourself" >&2
  exit 1
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    as_root=(sudo -n)
  else
    echo "ensure-tools: missing ${missing[*]}; run as root or install it yourself (apt-get install ${missing[*]})" >&2
    exit 1
  fi
fi

echo "ensure-tools: installing ${missing[*]} with apt-get" >&2
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq >/dev/null
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
