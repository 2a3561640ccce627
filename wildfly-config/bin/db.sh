#!/usr/bin/env bash
# A throwaway PostgreSQL for the tests and for the run command: its own cluster (initdb), on a free
# loopback port, with a database "marquee" owned by user "marquee" whose password is made up anew
# each time; with --replica also a hot standby of it on a port of its own, made with pg_basebackup
# and kept up to date by streaming replication, for the catalog's reads (MarqueeReplicaDS).
# Nothing of the machine's own PostgreSQL cluster is touched.
#
#   db.sh start STATE_DIR [--replica] [--log-statements]
#                           start (stopping a leftover one first); prints the port and
#                           writes STATE_DIR/db.properties (port, user, password, and the replica's
#                           port) for WildFly's --properties. --log-statements: both clusters write
#                           every statement with its parameters to a CSV log (DATA/log/*.csv, the
#                           data directories named in STATE_DIR/datadir), which QueryPlansIT reads
#   db.sh stop STATE_DIR    stop it (and its replica) and delete their data
#   db.sh stop-replica STATE_DIR / start-replica STATE_DIR
#                           stop the replica / start it again on its data, as an outage would
#
# PostgreSQL refuses to run as root; as root the cluster lives in a directory of its own under
# /tmp owned by the "postgres" user (which the Debian package creates), elsewhere in STATE_DIR.
set -euo pipefail

cmd=${1:?start or stop}
state=${2:?state directory}
mkdir -p "$state"
state=$(cd "$state" && pwd)

# shellcheck source=pg-bin.sh
. "$(dirname "$0")/pg-bin.sh"

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  local p
  for _ in $(seq 1 50); do
    p=$((20000 + RANDOM % 20000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
  done
  echo "no free port found" >&2; exit 1
}

# stop_cluster DIR: stops the PostgreSQL whose data directory that is, if it runs
stop_cluster() {
  local bin
  bin=$(pg_bin)
  if [ -n "$bin" ] && [ -f "$1/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" -D "$1" -m fast -w stop >/dev/null 2>&1 || true
  fi
}

stop_db() {
  [ -f "$state/datadir" ] || return 0
  local data
  data=$(cat "$state/datadir")
  stop_cluster "$data/replica"
  stop_cluster "$data/cluster"
  rm -rf "$data" "$state/datadir" "$state/db.properties" "$state/port" "$state/replica-port" "$state/log-statements"
}

# A throwaway cluster: durability traded for speed (no fsync), sized for a test server; random
# reads priced as on an SSD (random_page_cost 1.1, not 4), so that a seat map is read by key rather
# than by scanning every seat. start_cluster DIR PORT
start_cluster() {
  local logging=""
  if [ -f "$state/log-statements" ]; then
    # every statement (at its execution, with its bind parameters) as CSV with the user, database
    # and application of its session; failed statements' texts too, as usual
    logging="-c logging_collector=on -c log_destination=csvlog -c log_directory=log -c log_statement=all -c log_parameter_max_length=1000 -c log_rotation_size=100MB"
  fi
  as_owner "$bin/pg_ctl" -D "$1" -l "$1/server.log" -w -t 60 \
    -o "-p $2 -k $data -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c random_page_cost=1.1 $logging" \
    start >/dev/null
}

case "$cmd" in
  start)
    stop_db
    replica=""
    rm -f "$state/log-statements"
    for option in "${@:3}"; do
      case "$option" in
        --replica) replica=yes ;;
        --log-statements) touch "$state/log-statements" ;;
        *) echo "unknown option $option" >&2; exit 2 ;;
      esac
    done
    bin=$(pg_bin)
    if [ -z "$bin" ]; then
      echo "PostgreSQL server binaries not found; installing the Debian package postgresql" >&2
      if [ "$(id -u)" = 0 ]; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
      else
        sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
      fi
      bin=$(pg_bin)
    fi
    [ -n "$bin" ] || { echo "PostgreSQL could not be installed" >&2; exit 1; }

    if [ "$(id -u)" = 0 ]; then
      id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
      data=$(mktemp -d /tmp/marquee-pg.XXXXXX)
      chown postgres: "$data"
    else
      data="$state/data"
      mkdir -p "$data"
    fi
    echo "$data" > "$state/datadir"
    chmod 700 "$data"

    port=$(free_port)
    # A fresh random password for this cluster; it reaches WildFly only through db.properties
    password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    printf '%s\n' "$password" > "$data/pwfile"
    [ "$(id -u)" = 0 ] && chown postgres: "$data/pwfile"
    as_owner "$bin/initdb" -D "$data/cluster" --auth-local=trust --auth-host=scram-sha-256 \
      --pwfile="$data/pwfile" -U marquee -E UTF8 --locale=C >"$state/initdb.log" 2>&1 \
      || { cat "$state/initdb.log" >&2; exit 1; }
    rm -f "$data/pwfile"
    start_cluster "$data/cluster" "$port"
    as_owner "$bin/createdb" -h "$data" -p "$port" -U marquee marquee
    echo "$port" > "$state/port"
    (umask 077 && printf 'marquee.db.host=127.0.0.1\nmarquee.db.port=%s\nmarquee.db.name=marquee\nmarquee.db.user=marquee\nmarquee.db.password=%s\n' "$port" "$password" > "$state/db.properties")
    echo "PostgreSQL ready on 127.0.0.1:$port (data in $data)" >&2

    if [ -n "$replica" ]; then
      # A copy of the primary taken over its replication connection (the socket, which initdb's
      # pg_hba.conf trusts), written with standby.signal and primary_conninfo (-R), so that it
      # starts as a hot standby streaming the primary's WAL; at once (--checkpoint=fast), not after a
      # spread checkpoint of up to four and a half minutes
      as_owner "$bin/pg_basebackup" -h "$data" -p "$port" -U marquee -D "$data/replica" -R -X stream --checkpoint=fast \
        >"$state/basebackup.log" 2>&1 || { cat "$state/basebackup.log" >&2; exit 1; }
      replica_port=$(free_port)
      start_cluster "$data/replica" "$replica_port"
      echo "$replica_port" > "$state/replica-port"
      printf 'marquee.db.replica.host=127.0.0.1\nmarquee.db.replica.port=%s\n' "$replica_port" >> "$state/db.properties"
      echo "Its streaming replica ready on 127.0.0.1:$replica_port" >&2
    fi
    echo "$port"
    ;;
  stop)
    stop_db
    ;;
  stop-replica)
    stop_cluster "$(cat "$state/datadir")/replica"
    ;;
  start-replica)
    bin=$(pg_bin)
    data=$(cat "$state/datadir")
    start_cluster "$data/replica" "$(cat "$state/replica-port")"
    ;;
  *)
    echo "usage: db.sh start|stop|stop-replica|start-replica STATE_DIR [--replica] [--log-statements]" >&2; exit 2
    ;;
esac
