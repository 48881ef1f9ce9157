#!/bin/sh
# Start a local PostgreSQL (Debian's package) for the @pytest.mark.postgres tests and print the URL
# to put in CITEBRIEF_TEST_POSTGRES_URL. Idempotent: safe to run again when it is already up.
#   export CITEBRIEF_TEST_POSTGRES_URL="$(scripts/start_postgres.sh | tail -n 1)"
set -eu
ROLE="${CITEBRIEF_PG_ROLE:-citebrief}"
PASSWORD="${CITEBRIEF_PG_PASSWORD:-citebrief}"
DB="${CITEBRIEF_PG_DB:-citebrief_test}"
PORT="${CITEBRIEF_PG_PORT:-5432}"

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  apt-get update >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >&2
fi
VERSION="$(ls /usr/lib/postgresql | sort -n | tail -n 1)"
if ! pg_lsclusters -h | awk '{print $1, $2}' | grep -qx "$VERSION main"; then
  pg_createcluster "$VERSION" main --port "$PORT" >&2
fi
if ! pg_lsclusters -h | awk '$1 == "'"$VERSION"'" && $2 == "main" {print $4}' | grep -q online; then
  pg_ctlcluster "$VERSION" main start >&2
fi
# Wait until it accepts connections.
i=0
until su postgres -c "psql -p $PORT -tAc 'select 1'" >/dev/null 2>&1; do
  i=$((i + 1)); [ "$i" -gt 30 ] && { echo "postgresql did not start" >&2; exit 1; }
  sleep 1
done
PGPORT_ACTUAL="$(pg_lsclusters -h | awk '$1 == "'"$VERSION"'" && $2 == "main" {print $3}')"
psql_admin() { su postgres -c "psql -p $PGPORT_ACTUAL -v ON_ERROR_STOP=1 -tAc \"$1\""; }
if [ "$(psql_admin "select 1 from pg_roles where rolname='$ROLE'")" != "1" ]; then
  psql_admin "create role $ROLE login password '$PASSWORD'" >&2
fi
if [ "$(psql_admin "select 1 from pg_database where datname='$DB'")" != "1" ]; then
  psql_admin "create database $DB owner $ROLE" >&2
fi
psql_admin "create extension if not exists pg_trgm" >/dev/null 2>&1 || true
su postgres -c "psql -p $PGPORT_ACTUAL -d $DB -tAc 'create extension if not exists pg_trgm'" >/dev/null 2>&1 || true
echo "postgresql://$ROLE:$PASSWORD@127.0.0.1:$PGPORT_ACTUAL/$DB"
