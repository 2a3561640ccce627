#!/usr/bin/env bash
# Runs Marquee on this machine: builds the EAR and a configured WildFly (mvn package), brings up a
# throwaway PostgreSQL (a primary and its streaming replica), starts WildFly with the EAR and the
# demo programme, and prints the URL.
# Ctrl-C stops WildFly and the database again.
#
#   bash wildfly-config/bin/run.sh            (from the repository root)
#   MARQUEE_PORT_OFFSET=100 bash ...          (serve on 8180 instead of 8080)
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
offset=${MARQUEE_PORT_OFFSET:-0}
port=$((8080 + offset))
state="$root/ear/target/run"
home="$root/ear/target/wildfly"

echo "Building Marquee and provisioning WildFly (mvn package)..."
mkdir -p "$root/ear/target"
if ! mvn -B -DskipTests package > "$root/ear/target/build.log" 2>&1; then
  grep -E 'ERROR|FAIL' "$root/ear/target/build.log" | head -40 >&2
  echo "The build failed; the whole log is ear/target/build.log" >&2
  exit 1
fi

bash wildfly-config/bin/db.sh start "$state" --replica >/dev/null

server_pid=
stop_all() {
  trap - EXIT INT TERM
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    echo "Stopping WildFly..."
    "$home/bin/jboss-cli.sh" --controller="127.0.0.1:$((9990 + offset))" -c ":shutdown" >/dev/null 2>&1 \
      || kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  echo "Stopping PostgreSQL..."
  bash wildfly-config/bin/db.sh stop "$state"
}
trap stop_all EXIT INT TERM

cp "$root/ear/target/marquee.ear" "$home/standalone/deployments/"
mkdir -p "$state"
"$home/bin/standalone.sh" -c standalone-full-ha.xml \
  --properties="$state/db.properties" \
  -Djboss.socket.binding.port-offset="$offset" \
  -Dmarquee.demo-data=true \
  -Dmarquee.media.dir="$state/media" \
  > "$state/server.log" 2>&1 &
server_pid=$!

echo "Starting WildFly (log: ear/target/run/server.log)..."
for _ in $(seq 1 180); do
  if grep -qE 'WFLYSRV0025|WFLYSRV0026' "$state/server.log" 2>/dev/null; then break; fi
  kill -0 "$server_pid" 2>/dev/null || { echo "WildFly exited; see $state/server.log" >&2; exit 1; }
  sleep 1
done
if grep -q 'WFLYSRV0026' "$state/server.log" || ! curl -fsS -o /dev/null "http://127.0.0.1:$port/api/v1/theaters"; then
  echo "Marquee did not start cleanly; see $state/server.log" >&2
  exit 1
fi

cat <<MSG

  Marquee is running:  http://127.0.0.1:$port/
  The API:             http://127.0.0.1:$port/api/v1/movies

  Press Ctrl-C to stop.
MSG
wait "$server_pid"
