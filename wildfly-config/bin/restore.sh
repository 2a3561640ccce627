#!/usr/bin/env bash
# Restores a backup of backup.sh into the database the settings name (see backup.sh), replacing
# what is there (pg_restore --clean), and, given the media tar, the media store. Stop every
# Marquee server first and start them again afterwards: their caches hold the catalog as it was
# before (src-docs/admin-guide.md, "Backup and restore").
#
#   restore.sh DUMP_FILE [MEDIA_TAR] [PROPERTIES_FILE]
set -euo pipefail

dump=${1:?dump file}
media=${2:-}
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=marquee-env.sh
. "$here/marquee-env.sh" "${3:-}"

PGPASSWORD="$MARQUEE_DB_PASSWORD" "$(pg_bin)/pg_restore" --clean --if-exists --no-owner \
  --exit-on-error -h "$MARQUEE_DB_HOST" -p "$MARQUEE_DB_PORT" -U "$MARQUEE_DB_USER" \
  -d "$MARQUEE_DB_NAME" "$dump"
echo "restored $dump into $MARQUEE_DB_NAME on $MARQUEE_DB_HOST:$MARQUEE_DB_PORT"
if [ -n "$media" ]; then
  : "${MARQUEE_MEDIA_DIR:?MARQUEE_MEDIA_DIR names the media store to restore into}"
  mkdir -p "$MARQUEE_MEDIA_DIR"
  tar -xzf "$media" -C "$MARQUEE_MEDIA_DIR"
  echo "restored $media into $MARQUEE_MEDIA_DIR"
fi
