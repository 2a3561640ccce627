#!/usr/bin/env bash
# The soak: the sale under faults, for minutes, measured; writes src-docs/soak.md.
#
#   bash load-tests/soak.sh                  (from the repository root; about 10 minutes)
#   DURATION=1800 USERS=40 bash load-tests/soak.sh
#
# Builds Marquee (mvn package), starts a throwaway PostgreSQL and one WildFly node (HTTP on 8080 +
# BENCH_OFFSET, 8380 by default) with the benchmark data set, a first administrator, the gateway's
# timeout at 2 s and the reconciler settling payments left open for 20 s. Then, one after the
# other on the same machine:
#   1. the baseline: pgbench's raw booking transaction on the same PostgreSQL (30 s);
#   2. Gatling's SoakSimulation (load-tests/src/test/java): USERS careful buyers (20) for DURATION
#      seconds (300) on a dozen busy showtimes, while the built-in gateway turns normal, slow, too
#      slow or failing every 1.5 s and four of those showtimes are cancelled as they sell;
#   3. the gateway made normal again, and the time the reconciler takes to settle every payment;
#   4. the invariants: load-tests/sql/invariants.sql and load-tests/sql/soak-invariants.sql;
# and writes the figures into src-docs/soak.md (SoakReport), with Gatling's HTML report under
# load-tests/target/gatling/. WildFly and PostgreSQL are stopped at the end.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
scale=${SCALE:-1}
duration=${DURATION:-300}
users=${USERS:-20}
buyers=0
baseline_seconds=${BASELINE_SECONDS:-30}
offset=${BENCH_OFFSET:-300}
out="$root/load-tests/target/soak"
password=bench-password
admin_email=soak-admin@bench.example
admin_password=soak-admin-password
# shellcheck source=load-tests/bench-lib.sh
. "$root/load-tests/bench-lib.sh"
BENCH_SERVER_OPTS="${BENCH_SERVER_OPTS:-} -Dmarquee.admin.email=$admin_email
  -Dmarquee.admin.password=$admin_password -Dmarquee.gateway.read-timeout-ms=2000
  -Dmarquee.payments.settle-after=PT20S -Dmarquee.jobs.reconcile-interval=PT5S
  -Dorg.marquee.payment.control.http.HttpPaymentGateway/CircuitBreaker/delay=1000"

bench_build
rm -rf "$out"
mkdir -p "$out"
trap bench_stop_all EXIT INT TERM
bench_start_db "$out/db"
bench_start_server "$out/server"
bench_load_dataset "$scale" "$out/dataset.txt"

log "baseline: pgbench booking, ${baseline_seconds}s"
sql -f load-tests/sql/baseline-setup.sql > /dev/null
bench_pgbench booking "$baseline_seconds" "$out/pgbench-booking.txt"

orders_before=$(sql -c "select coalesce(max(id), 0) from ticket_order")
payments_before=$(sql -c "select coalesce(max(id), 0) from payment")
log "Gatling: SoakSimulation, ${duration}s"
mvn -B -q -pl load-tests gatling:test -Dgatling.simulationClass=org.marquee.load.SoakSimulation \
  -Dmarquee.base="$base" -Dmarquee.accounts="$accounts" -Dmarquee.password="$password" \
  -Dmarquee.users="$users" -Dmarquee.duration="$duration" \
  -Dmarquee.gateway="http://127.0.0.1:$((8081 + offset))/payment-gateway/v1" \
  -Dmarquee.admin.email="$admin_email" -Dmarquee.admin.password="$admin_password" \
  > "$out/SoakSimulation.txt" 2>&1 || { tail -30 "$out/SoakSimulation.txt" >&2; exit 1; }

log "waiting for the reconciler to settle every payment"
settle_start=$(date +%s)
for _ in $(seq 1 180); do
  open=$(sql -c "select count(*) from payment where status in ('PENDING', 'REFUND_DUE')")
  [ "$open" = 0 ] && break
  sleep 1
done
echo "settle-seconds|$(($(date +%s) - settle_start))" > "$out/soak.txt"

log "checking the invariants"
sql -f load-tests/sql/invariants.sql > "$out/invariants.txt"
sql -v orders_from="$orders_before" -v payments_from="$payments_before" \
  -f load-tests/sql/soak-invariants.sql > "$out/soak-invariants.txt"
{
  sql -c "select 'orders-' || lower(status) || '|' || count(*) from ticket_order
           where id > $orders_before group by status"
  sql -c "select 'payments-' || lower(status) || '|' || count(*) from payment
           where id > $payments_before group by status"
  sql -c "select 'charges-' || lower(g.status) || '|' || count(*) from payment_gateway.charge g
           join payment p on p.idempotency_key = g.idempotency_key
           where p.id > $payments_before group by g.status"
  # a charge that went unanswered, adopted by the purchase's repeat and sold
  sql -c "select 'adopted-payments|' || count(*) from payment
           where id > $payments_before and order_id is not null
             and decline_reason = 'no answer from the payment gateway'"
  sql -c "select 'showtimes-cancelled|' || count(*) from showtime where status = 'CANCELLED'"
} >> "$out/soak.txt"
bench_machine > "$out/machine.txt"

log "writing src-docs/soak.md"
mvn -B -q -pl load-tests exec:java -Dexec.mainClass=org.marquee.load.SoakReport \
  -Dexec.classpathScope=test \
  -Dexec.args="$out $root/load-tests/target/gatling $root/src-docs/soak.md $duration $users $baseline_seconds"
log "done: src-docs/soak.md"
