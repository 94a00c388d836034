#!/usr/bin/env bash
# Install Debian's PostgreSQL 15 server binaries (initdb, pg_ctl) for the PostgreSQL store tests,
# unless some version is already present. Nothing is started here: the tests start and stop their
# own server on a temporary directory. Needs root; otherwise says how and exits 0.
set -euo pipefail
if ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "install_postgres: not root; run 'apt-get install postgresql-15' for the PostgreSQL tests" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq postgresql-15 >/dev/null 2>&1 || {
  apt-get update -qq
  apt-get install -y -qq postgresql-15 >/dev/null
}
