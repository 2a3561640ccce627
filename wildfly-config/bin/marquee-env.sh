# Sourced by backup.sh and restore.sh with an optional properties file: the database settings as
# the server reads them. The environment's MARQUEE_DB_* win; the file (marquee.db.host=..., as
# db.sh writes it) fills in what the environment lacks; then the server's defaults.
# shellcheck source=pg-bin.sh
. "$(dirname "${BASH_SOURCE[0]}")/pg-bin.sh"

# setting NAME: the value of marquee.NAME in the properties file, if any
setting() {
  [ -n "${properties:-}" ] || return 0
  sed -n "s/^marquee\.$1=//p" "$properties" | tail -1
}
properties=${1:-}
[ -z "$properties" ] || [ -r "$properties" ] || { echo "cannot read $properties" >&2; exit 1; }
MARQUEE_DB_HOST=${MARQUEE_DB_HOST:-$(setting db.host)}
MARQUEE_DB_HOST=${MARQUEE_DB_HOST:-127.0.0.1}
MARQUEE_DB_PORT=${MARQUEE_DB_PORT:-$(setting db.port)}
MARQUEE_DB_PORT=${MARQUEE_DB_PORT:-5432}
MARQUEE_DB_NAME=${MARQUEE_DB_NAME:-$(setting db.name)}
MARQUEE_DB_NAME=${MARQUEE_DB_NAME:-marquee}
MARQUEE_DB_USER=${MARQUEE_DB_USER:-$(setting db.user)}
MARQUEE_DB_USER=${MARQUEE_DB_USER:-marquee}
MARQUEE_DB_PASSWORD=${MARQUEE_DB_PASSWORD:-$(setting db.password)}
: "${MARQUEE_DB_PASSWORD:?MARQUEE_DB_PASSWORD is not set}"
[ -n "$(pg_bin)" ] || { echo "PostgreSQL's programs (pg_dump, pg_restore) are not installed" >&2; exit 1; }
