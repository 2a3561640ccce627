# Sourced by the scripts that run PostgreSQL's own programs (db.sh, backup.sh, restore.sh).
# pg_bin: the directory of the newest PostgreSQL server binaries (/usr/lib/postgresql/N/bin, as
# Debian installs them), or of initdb on the PATH; nothing if there are none.
pg_bin() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$d/initdb" ] && { echo "$d"; return; }
  done
  command -v initdb >/dev/null 2>&1 && dirname "$(command -v initdb)"
}
