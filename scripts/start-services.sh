#!/usr/bin/env bash
# Installs (from Debian's packages, when missing) and starts PostgreSQL and Redis on 127.0.0.1,
# with a database `pqc_ci` and the password `postgres`. Used by .ci/run, the benchmark and the
# fault suite. Needs root (Postgres itself runs as the postgres user). Idempotent: what was
# running already is left as it is. Prints PG_VERSION=, and STARTED_POSTGRES=1 / STARTED_REDIS=1
# for what this run started, so that a caller (.ci/run) can stop exactly that when it ends.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
if ! command -v pg_ctlcluster >/dev/null || ! command -v redis-server >/dev/null; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends postgresql redis-server >/dev/null
fi
PG_VERSION=$(ls /usr/lib/postgresql | sort -n | tail -1)
STARTED_POSTGRES=0
if ! pg_ctlcluster "$PG_VERSION" main status >/dev/null 2>&1; then
  pg_ctlcluster "$PG_VERSION" main start
  STARTED_POSTGRES=1
fi
for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -q && break; sleep 1; done
su postgres -c "psql -q -c \"ALTER USER postgres PASSWORD 'postgres'\""
su postgres -c "psql -tAq -c \"SELECT 1 FROM pg_database WHERE datname = '${PGDATABASE_NAME:-pqc_ci}'\"" | grep -q 1 ||
  su postgres -c "psql -q -c 'CREATE DATABASE ${PGDATABASE_NAME:-pqc_ci}'"
STARTED_REDIS=0
if ! redis-cli -p 6379 ping >/dev/null 2>&1; then
  redis-server --daemonize yes --port 6379 --bind 127.0.0.1 --save '' --appendonly no
  STARTED_REDIS=1
fi
for _ in $(seq 1 30); do redis-cli -p 6379 ping >/dev/null 2>&1 && break; sleep 1; done
echo "PG_VERSION=$PG_VERSION"
echo "STARTED_POSTGRES=$STARTED_POSTGRES"
echo "STARTED_REDIS=$STARTED_REDIS"
