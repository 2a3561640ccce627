#!/usr/bin/env bash
# Backs up Marquee: the database with pg_dump (custom format: compressed, restorable table by table)
# and the media store (posters and trailers) as a tar, both into DEST_DIR, named by the time. It
# reads the server's own settings: MARQUEE_DB_HOST, _PORT, _NAME, _USER, _PASSWORD and
# MARQUEE_MEDIA_DIR from the environment, or from a properties file (marquee.db.port=..., as db.sh
# writes for the throwaway database). A logical backup, a second line behind continuous archiving
# (see src-docs/admin-guide.md); it runs against a live database without stopping anything.
#
#   backup.sh DEST_DIR [PROPERTIES_FILE]
# prints the two files it wrote.
set -euo pipefail

dest=${1:?destination directory}
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=marquee-env.sh
. "$here/marquee-env.sh" "${2:-}"

mkdir -p "$dest"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
dump="$dest/marquee-$stamp.dump"
PGPASSWORD="$MARQUEE_DB_PASSWORD" "$(pg_bin)/pg_dump" -Fc -h "$MARQUEE_DB_HOST" -p "$MARQUEE_DB_PORT" \
  -U "$MARQUEE_DB_USER" -f "$dump" "$MARQUEE_DB_NAME"
echo "$dump"
if [ -n "${MARQUEE_MEDIA_DIR:-}" ] && [ -d "$MARQUEE_MEDIA_DIR" ]; then
  tar -czf "$dest/media-$stamp.tar.gz" -C "$MARQUEE_MEDIA_DIR" .
  echo "$dest/media-$stamp.tar.gz"
fi
