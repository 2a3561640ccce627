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
# How the mixed day grows with the data set is load-tests/growth.sh's (src-docs/growth.md).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
scale=${SCALE:-1}
duration=${DURATION:-60}
users=${USERS:-20}
buyers=${BUYERS:-1000}
baseline_seconds=${BASELINE_SECONDS:-30}
offset=${BENCH_OFFSET:-300}
out="$root/load-tests/target/bench"
password=bench-password
# shellcheck source=load-tests/bench-lib.sh
. "$root/load-tests/bench-lib.sh"

bench_build
rm -rf "$out" "$root/load-tests/target/gatling"
mkdir -p "$out"
trap bench_stop_all EXIT INT TERM
bench_start_db "$out/db"
bench_start_server "$out/server"
bench_load_dataset "$scale" "$out/dataset.txt"

log "baseline: pgbench, ${baseline_seconds}s each"
sql -f load-tests/sql/baseline-setup.sql > /dev/null
bench_pgbench booking "$baseline_seconds" "$out/pgbench-booking.txt"
bench_pgbench seatmap "$baseline_seconds" "$out/pgbench-seatmap.txt"

bench_gatling ReadStormSimulation "$out/ReadStormSimulation.txt"
orders_before=$(sql -c "select coalesce(max(id), 0) from ticket_order")
bench_gatling MixedDaySimulation "$out/MixedDaySimulation.txt"
bench_web_sales "$orders_before" > "$out/mixed-day.txt"
bench_gatling HotShowSimulation "$out/HotShowSimulation.txt"

log "checking the invariants"
sql -f load-tests/sql/invariants.sql > "$out/invariants.txt"
# the hot show: its seats sold (sold claims), its seats (the auditorium's), its live tickets
sql -c "select (select count(*) from seat_claim c where c.showtime_id = s.id and c.hold_id is null),
               (select count(*) from seat x where x.auditorium_id = s.auditorium_id),
               (select count(*) from ticket t where t.showtime_id = s.id and t.status <> 'CANCELLED')
          from showtime s join movie m on m.id = s.movie_id
         where m.title = 'Opening Night'" > "$out/hot-show.txt"
bench_machine > "$out/machine.txt"

log "writing src-docs/benchmarks.md"
mvn -B -q -pl load-tests exec:java -Dexec.mainClass=org.marquee.load.BenchReport \
  -Dexec.classpathScope=test \
  -Dexec.args="$out $root/load-tests/target/gatling $root/src-docs/benchmarks.md $scale $duration $users $buyers $baseline_seconds"
log "done: src-docs/benchmarks.md"
