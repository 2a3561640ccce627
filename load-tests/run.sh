#!/usr/bin/env bash
# Measures Marquee on this machine and writes src-docs/benchmarks.md.
#
#   bash load-tests/run.sh                 (from the repository root; about 10 minutes)
#   SCALE=4 DURATION=120 bash load-tests/run.sh
#
# It builds the EAR and a configured WildFly (mvn package), starts a throwaway PostgreSQL and one
# WildFly node with a server directory of its own (HTTP on 8080 + BENCH_OFFSET, 8380 by default),
# loads the benchmark data set (load-tests/sql/dataset.sql, SCALE times), and then, one after the
# other on the same machine:
#   1. the baseline: pgbench runs the raw SQL of a booking and of a seat map against the same
#      PostgreSQL (load-tests/sql/pgbench-*.sql), on tables of its own;
#   2. the Gatling scenarios: read storm, mixed day, hot show (load-tests/src/test/java);
#   3. the invariants (load-tests/sql/invariants.sql, and the hot show sold out exactly);
# and writes the figures, each also as a ratio to the baseline, into src-docs/benchmarks.md, with
# Gatling's HTML reports under load-tests/target/gatling/ and a summary in
# load-tests/target/bench/summary.json. WildFly and PostgreSQL are stopped at the end.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
scale=${SCALE:-1}
duration=${DURATION:-60}
users=${USERS:-20}
buyers=${BUYERS:-1000}
baseline_seconds=${BASELINE_SECONDS:-30}
offset=${BENCH_OFFSET:-300}
port=$((8080 + offset))
base="http://127.0.0.1:$port"
out="$root/load-tests/target/bench"
state="$out/db"
server="$out/server"
home="$root/ear/target/wildfly"
password=bench-password

log() { echo "[bench $(date +%H:%M:%S)] $*"; }

log "building Marquee and provisioning WildFly (mvn package)"
mkdir -p "$root/load-tests/target"
if ! mvn -B -DskipTests package > "$root/load-tests/target/build.log" 2>&1; then
  grep -E 'ERROR|FAIL' "$root/load-tests/target/build.log" | head -40 >&2
  echo "The build failed; see load-tests/target/build.log" >&2
  exit 1
fi
rm -rf "$out" "$root/load-tests/target/gatling"
mkdir -p "$out"

db_port=$(bash wildfly-config/bin/db.sh start "$state" 2>/dev/null)
db_password=$(sed -n 's/^marquee.db.password=//p' "$state/db.properties")
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
export PGHOST=127.0.0.1 PGPORT=$db_port PGUSER=marquee PGDATABASE=marquee PGPASSWORD=$db_password
sql() { "$pgbin/psql" -v ON_ERROR_STOP=1 -qAt "$@"; }

server_pid=
stop_all() {
  trap - EXIT INT TERM
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    log "stopping WildFly"
    "$home/bin/jboss-cli.sh" --controller="127.0.0.1:$((9990 + offset))" -c ":shutdown" >/dev/null 2>&1 \
      || kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  log "stopping PostgreSQL"
  bash wildfly-config/bin/db.sh stop "$state" || true
}
trap stop_all EXIT INT TERM

# A server directory of its own, so a Marquee started by run.sh or the tests is left alone
mkdir -p "$server/deployments"
cp -r "$home/standalone/configuration" "$server/"
sed -i -e ':a;N;$!ba;s#<deployments>.*</deployments>##' "$server/configuration/standalone-full-ha.xml"
cp "$root/ear/target/marquee.ear" "$server/deployments/"
JAVA_OPTS="-Xms1g -Xmx2g -Djava.net.preferIPv4Stack=true" LAUNCH_JBOSS_IN_BACKGROUND=1 \
  "$home/bin/standalone.sh" -c standalone-full-ha.xml \
  -Djboss.server.base.dir="$server" \
  --properties="$state/db.properties" \
  -Djboss.socket.binding.port-offset="$offset" \
  -Djboss.node.name=marquee-bench \
  -Dmarquee.cluster.hosts="127.0.0.1[$((7600 + offset))]" \
  -Dmarquee.media.dir="$out/media" \
  -Dmarquee.log.level=WARN \
  > "$out/server-console.log" 2>&1 &
server_pid=$!

log "starting WildFly on $base (log: load-tests/target/bench/server/log/server.log)"
for _ in $(seq 1 240); do
  # the login page reads nothing of the catalog, so no snapshot is cached before the data set
  if curl -fsS -o /dev/null "$base/login.xhtml" 2>/dev/null; then break; fi
  kill -0 "$server_pid" 2>/dev/null || { echo "WildFly exited; see $out/server-console.log" >&2; exit 1; }
  sleep 1
done
curl -fsS -o /dev/null "$base/login.xhtml" || { echo "Marquee did not start" >&2; exit 1; }

log "loading the data set (scale $scale)"
curl -fsS -o /dev/null -H 'Content-Type: application/json' \
  -d "{\"email\":\"bench-template@bench.example\",\"password\":\"$password\",\"displayName\":\"Template\"}" \
  "$base/api/v1/accounts"
hash=$(sql -c "select password_hash from account where email = 'bench-template@bench.example'")
sql -v scale="$scale" -v hash="$hash" -f load-tests/sql/dataset.sql > "$out/dataset.txt"
accounts=$(sql -c "select count(*) from account where email like 'load-%@bench.example'")

log "baseline: pgbench, ${baseline_seconds}s each"
sql -f load-tests/sql/baseline-setup.sql > /dev/null
"$pgbin/pgbench" -n -M prepared -f load-tests/sql/pgbench-booking.sql -c 8 -j 2 -T "$baseline_seconds" \
  > "$out/pgbench-booking.txt" 2>&1
"$pgbin/pgbench" -n -M prepared -f load-tests/sql/pgbench-seatmap.sql -c 8 -j 2 -T "$baseline_seconds" \
  > "$out/pgbench-seatmap.txt" 2>&1

gatling() {
  log "Gatling: $1"
  mvn -B -q -pl load-tests gatling:test -Dgatling.simulationClass="org.marquee.load.$1" \
    -Dmarquee.base="$base" -Dmarquee.accounts="$accounts" -Dmarquee.password="$password" \
    -Dmarquee.users="$users" -Dmarquee.duration="$duration" -Dmarquee.buyers="$buyers" \
    > "$out/$1.txt" 2>&1 || { tail -30 "$out/$1.txt" >&2; exit 1; }
}
gatling ReadStormSimulation
orders_before=$(sql -c "select count(*) from ticket_order")
gatling MixedDaySimulation
sql -c "select count(*), coalesce(sum((select count(*) from ticket t where t.order_id = o.id)), 0)
          from ticket_order o where o.id > 0 and o.channel = 'WEB'" | sed "s/^/$orders_before|/" > "$out/mixed-day.txt"
gatling HotShowSimulation

log "checking the invariants"
# the reconciler settles open payments after marquee.payments.settle-after; wait for none open
sql -f load-tests/sql/invariants.sql > "$out/invariants.txt"
sql -c "select count(*) filter (where ss.status = 'SOLD'), count(*),
               (select count(*) from ticket t where t.showtime_id = s.id and t.status <> 'CANCELLED')
          from showtime s join movie m on m.id = s.movie_id join show_seat ss on ss.showtime_id = s.id
         where m.title = 'Opening Night' group by s.id" > "$out/hot-show.txt"

{
  echo "cpu|$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
  echo "cores|$(nproc)"
  echo "memory|$(free -g | awk '/Mem:/ {print $2}') GiB"
  echo "os|$(. /etc/os-release && echo "$PRETTY_NAME")"
  echo "java|$(java -version 2>&1 | head -1)"
  echo "postgresql|$(sql -c 'show server_version')"
  echo "wildfly|$(sed -n 's:.*<version.wildfly>\(.*\)</version.wildfly>.*:\1:p' pom.xml)"
  echo "gatling|$(sed -n 's:.*<version.gatling>\(.*\)</version.gatling>.*:\1:p' pom.xml)"
  echo "date|$(date -u +%Y-%m-%dT%H:%MZ)"
} > "$out/machine.txt"

log "writing src-docs/benchmarks.md"
mvn -B -q -pl load-tests exec:java -Dexec.mainClass=org.marquee.load.BenchReport \
  -Dexec.classpathScope=test \
  -Dexec.args="$out $root/load-tests/target/gatling $root/src-docs/benchmarks.md $scale $duration $users $buyers $baseline_seconds"
log "done: src-docs/benchmarks.md"
