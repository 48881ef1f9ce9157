#!/bin/sh
# Start a local PostgreSQL (Debian's package) for the @pytest.mark.postgres tests and print the URL
# to put in CITEBRIEF_TEST_POSTGRES_URL. Idempotent: safe to run again when it is already up.
#   export CITEBRIEF_TEST_POSTGRES_URL="$(scripts/start_postgres.sh | tail -n 1)"
set -eu
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
as_pg() {  # run a shell command as the postgres system user
  if [ "$(id -u)" = 0 ]; then su postgres -c "$1"; else sudo -u postgres sh -c "$1"; fi
}
ROLE="${CITEBRIEF_PG_ROLE:-citebrief}"
PASSWORD="${CITEBRIEF_PG_PASSWORD:-citebrief}"
DB="${CITEBRIEF_PG_DB:-citebrief_test}"
PORT="${CITEBRIEF_PG_PORT:-5432}"

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  $SUDO apt-get update >&2
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >&2
fi
VERSION="$(ls /usr/lib/postgresql | sort -n | tail -n 1)"
if ! pg_lsclusters -h | awk '{print $1, $2}' | grep -qx "$VERSION main"; then
  $SUDO pg_createcluster "$VERSION" main --port "$PORT" >&2
fi
if ! pg_lsclusters -h | awk '$1 == "'"$VERSION"'" && $2 == "main" {print $4}' | grep -q online; then
  $SUDO pg_ctlcluster "$VERSION" main start >&2
fi
PGPORT_ACTUAL="$(pg_lsclusters -h | awk '$1 == "'"$VERSION"'" && $2 == "main" {print $3}')"
# Wait until it accepts connections.
i=0
until as_pg "psql -p $PGPORT_ACTUAL -tAc 'select 1'" >/dev/null 2>&1; do
  i=$((i + 1)); [ "$i" -gt 30 ] && { echo "postgresql did not start" >&2; exit 1; }
  sleep 1
done
psql_admin() { as_pg "psql -p $PGPORT_ACTUAL -v ON_ERROR_STOP=1 -tAc \"$1\""; }
if [ "$(psql_admin "select 1 from pg_roles where rolname='$ROLE'")" != "1" ]; then
  psql_admin "create role $ROLE login password '$PASSWORD'" >&2
fi
if [ "$(psql_admin "select 1 from pg_database where datname='$DB'")" != "1" ]; then
  psql_admin "create database $DB owner $ROLE" >&2
fi
echo "postgresql://$ROLE:$PASSWORD@127.0.0.1:$PGPORT_ACTUAL/$DB"
