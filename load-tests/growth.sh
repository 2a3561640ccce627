#!/usr/bin/env bash
# How the mixed day grows with the data: measures it at several sizes of the benchmark data set
# and writes src-docs/growth.md.
#
#   bash load-tests/growth.sh              (from the repository root; about 15 minutes)
#   SCALES="1 4" DURATION=30 bash load-tests/growth.sh
#
# For each scale of SCALES ("1 4 16": 1×, 4× and 16× the theaters, showtimes and accounts, with a
# week of past sales; 16× holds more than a million tickets) it starts a fresh throwaway PostgreSQL
# and a WildFly node of its own (HTTP on 8080 + BENCH_OFFSET, 8380 by default), loads
# load-tests/sql/dataset.sql at that scale, runs the pgbench booking and seat-map baselines on that
# database, then Gatling's mixed day, checks the invariants, and stops both. The outputs stay in
# load-tests/target/growth/scale-N/ (Gatling's HTML report included).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
scales=${SCALES:-1 4 16}
duration=${DURATION:-60}
users=${USERS:-20}
buyers=${BUYERS:-1000}
baseline_seconds=${BASELINE_SECONDS:-30}
offset=${BENCH_OFFSET:-300}
out="$root/load-tests/target/growth"
password=bench-password
# shellcheck source=load-tests/bench-lib.sh
. "$root/load-tests/bench-lib.sh"

bench_build
rm -rf "$out"
mkdir -p "$out"
trap bench_stop_all EXIT INT TERM
for scale in $scales; do
  dir="$out/scale-$scale"
  mkdir -p "$dir"
  bench_start_db "$dir/db"
  bench_start_server "$dir/server"
  started=$(date +%s)
  bench_load_dataset "$scale" "$dir/dataset.txt"
  {
    echo "load seconds|$(($(date +%s) - started))"
    echo "database bytes|$(sql -c "select pg_database_size(current_database())")"
  } > "$dir/facts.txt"
  [ -f "$out/machine.txt" ] || bench_machine > "$out/machine.txt"

  log "baseline at scale $scale: pgbench, ${baseline_seconds}s each"
  sql -f load-tests/sql/baseline-setup.sql > /dev/null
  bench_pgbench booking "$baseline_seconds" "$dir/pgbench-booking.txt"
  bench_pgbench seatmap "$baseline_seconds" "$dir/pgbench-seatmap.txt"

  rm -rf "$root"/load-tests/target/gatling/mixeddaysimulation-*
  orders_before=$(sql -c "select coalesce(max(id), 0) from ticket_order")
  bench_gatling MixedDaySimulation "$dir/MixedDaySimulation.txt"
  bench_web_sales "$orders_before" > "$dir/mixed-day.txt"
  mv "$root"/load-tests/target/gatling/mixeddaysimulation-* "$dir/"

  log "checking the invariants at scale $scale"
  sql -f load-tests/sql/invariants.sql > "$dir/invariants.txt"
  bench_stop_server
  bench_stop_db
done

log "writing src-docs/growth.md"
mvn -B -q -pl load-tests exec:java -Dexec.mainClass=org.marquee.load.GrowthReport \
  -Dexec.classpathScope=test \
  -Dexec.args="$out $root/src-docs/growth.md '$scales' $duration $users $baseline_seconds"
log "done: src-docs/growth.md"
