#!/usr/bin/env bash
# The seat inventory decided by measurement (issue 18): today's show_seat, a row for every seat of
# every showtime, against seat_claim, a row only for a taken seat, in pgbench on the same database.
#
#   bash load-tests/inventory.sh                       (from the repository root; about 14 minutes)
#   SCALE_PERCENT=10 DURATION=30 ROUNDS=2 bash load-tests/inventory.sh
#
# It needs no build and no WildFly: it starts a throwaway PostgreSQL (wildfly-config/bin/db.sh),
# loads both designs side by side into one database with the same synthetic history
# (load-tests/sql/inventory-setup.sql: schemas rows_design and claims_design; by default a month at
# 1 % of the seed's rate, about a million tickets in 13,320 showtimes, and two weeks of programme
# ahead), measures each design's bytes on disk, then runs pgbench (-M prepared, -n) on each design,
# one after the other for every test, so both see the same machine at nearly the same moment:
#   a. hot show, 4 and 32 clients: a random seat of one 300-seat showtime sold if free, refunded if
#      sold (inventory-*-booking.sql); lost races counted;
#   b. spread, 4 clients: the same toggle on a random seat of a random showtime of the two weeks
#      ahead, 3 % of whose seats start held by holds that have expired (a sale takes them over);
#   c. take-over, 4 and 32 clients: a hold of a random seat of a showtime whose every seat is held
#      by an expired hold; each hold expires at once, so every hold takes one over
#      (inventory-*-takeover.sql: the ON CONFLICT path against the update of an expired HELD row);
#   d. seat map, 4 clients: show_seat joined to seat (300 rows) against the showtime's claims alone
#      (the layout is cached in the application), and the claims design's cache miss (the layout
#      read with its claims) beside them;
#   e. scheduling, 4 clients: a showtime and its 300 show_seat rows against a showtime alone.
# The figures go to load-tests/target/inventory/ (summary.md, summary.tsv, sizes.txt, every
# pgbench output); src-docs/inventory.md discusses a run of them. PostgreSQL is stopped at the end.
#
# Settings (environment):
#   SCALE_PERCENT  per cent of the seed's month (100 million tickets), 1..100; default 1
#   DURATION       seconds of each pgbench run; default 20
#   ROUNDS         how many times each test runs per design; default 2. Rounds alternate which design
#                  goes first (rows-claims, claims-rows, ...); summary.md gives their mean
#   CLIENTS        clients of every test (-j 2); default 4. HOT_CLIENTS: the busy hot show and
#                  take-over runs; default 32
#   SHARED_BUFFERS PostgreSQL's shared_buffers for the run; default 1GB (db.sh's cluster keeps the
#                  128MB default otherwise, smaller than a database server would have)
# It checks the free disk where the cluster lives first (2.5 GB per per cent and 5 GB for the WAL,
# see need_mb_per_pct) and refuses when it is short.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
pct=${SCALE_PERCENT:-1}
duration=${DURATION:-20}
rounds=${ROUNDS:-2}
clients=${CLIENTS:-4}
hot_clients=${HOT_CLIENTS:-32}
shared_buffers=${SHARED_BUFFERS:-1GB}
out="$root/load-tests/target/inventory"
# measured at SCALE_PERCENT=1: 1.8 GB of tables and indexes (both designs) and up to max_wal_size
# (4 GB) of WAL, 4.2 GB for the cluster after a run; plus room for the load's plan and sorts
need_mb_per_pct=2500
need_mb_wal=5120
# shellcheck source=load-tests/bench-lib.sh
. "$root/load-tests/bench-lib.sh"

for v in "$pct:SCALE_PERCENT" "$duration:DURATION" "$rounds:ROUNDS" "$clients:CLIENTS" \
         "$hot_clients:HOT_CLIENTS"; do
  [[ ${v%%:*} =~ ^[1-9][0-9]*$ ]] || { echo "${v#*:} must be a positive integer" >&2; exit 2; }
done
[ "$pct" -le 100 ] || { echo "SCALE_PERCENT must be at most 100" >&2; exit 2; }
[ -x "${pgbin:-/nonexistent}/pgbench" ] || { echo "pgbench not found under /usr/lib/postgresql" >&2; exit 1; }

# db.sh keeps the cluster in a directory of its own under /tmp as root, in its state directory else
mkdir -p "$out"
if [ "$(id -u)" = 0 ]; then data_fs=/tmp; else data_fs=$out; fi
need_mb=$((pct * need_mb_per_pct + need_mb_wal))
free_mb=$(df -Pm "$data_fs" | awk 'NR == 2 {print $4}')
if [ "$free_mb" -lt "$need_mb" ]; then
  echo "Not enough free disk for SCALE_PERCENT=$pct: $free_mb MB free on $(df -P "$data_fs" | awk 'NR == 2 {print $6}') ($data_fs), about $need_mb MB needed. Free some space or choose a smaller SCALE_PERCENT." >&2
  exit 1
fi

# everything of a previous run but its database state (db.sh stops a leftover cluster through it)
find "$out" -mindepth 1 -maxdepth 1 ! -name db -exec rm -rf {} +
trap bench_stop_all EXIT INT TERM
bench_start_db "$out/db"
log "PostgreSQL on port $PGPORT; shared_buffers $shared_buffers (restart)"
sql -c "alter system set shared_buffers = '$shared_buffers'" \
    -c "alter system set max_wal_size = '4GB'"
if [ "$(id -u)" = 0 ]; then as_owner=(runuser -u postgres --); else as_owner=(); fi
cluster="$(cat "$out/db/datadir")/cluster"
"${as_owner[@]}" "$pgbin/pg_ctl" -D "$cluster" -l "$cluster/server.log" -m fast -w restart > /dev/null

auds=$((111 * pct))
accounts=$((10000 * pct))
ahead_first=$((120 * auds + 1))
ahead_last=$((176 * auds))
hot=$((176 * auds + 1))
takeover=$((176 * auds + 2))

log "loading both designs at $pct % of the seed's month (inventory-setup.sql)"
started=$(date +%s)
sql -v pct="$pct" -f load-tests/sql/inventory-setup.sql > "$out/load.txt"
load_seconds=$(($(date +%s) - started))
log "loaded in ${load_seconds}s: $(cat "$out/load.txt")"

# The bytes of each design: the inventory table with its indexes (and TOAST), per ticket sold and
# per showtime, and all-in (every table of the design's schema with its indexes)
sql -F '|' -c "
  with inv (design, rel) as (values ('rows', 'rows_design.show_seat'), ('claims', 'claims_design.seat_claim')),
       d (design, schema) as (values ('rows', 'rows_design'), ('claims', 'claims_design'))
  select inv.design,
         (select count(*) from rows_design.showtime) as showtimes,
         (select count(*) from rows_design.ticket where status <> 'CANCELLED') as tickets,
         (select reltuples::bigint from pg_class where oid = inv.rel::regclass) as inventory_rows,
         pg_relation_size(inv.rel) as heap_bytes,
         pg_indexes_size(inv.rel) as index_bytes,
         pg_total_relation_size(inv.rel) as inventory_bytes,
         (select sum(pg_total_relation_size(c.oid)) from pg_class c join pg_namespace n on n.oid = c.relnamespace
           where n.nspname = d.schema and c.relkind = 'r') as schema_bytes,
         pg_total_relation_size(d.schema || '.ticket') as ticket_bytes
  from inv join d using (design)" > "$out/sizes.txt"
log "sizes (design|showtimes|tickets|inventory rows|heap|indexes|inventory total|schema total|ticket table):"
cat "$out/sizes.txt"
du -sm "$cluster" | cut -f1 > "$out/cluster-mb.txt"

# changes DESIGN KIND: what a run can be seen to have done, read before and after it.
#   booking: tickets sold + tickets cancelled; takeover: holds made on the take-over show
changes() {
  case $2 in
    booking) sql -c "select (select count(*) from $1_design.ticket)
                            + (select count(*) from $1_design.ticket where status = 'CANCELLED')" ;;
    takeover) sql -c "select count(*) from $1_design.seat_hold where showtime_id = $takeover" ;;
    *) echo 0 ;;
  esac
}

# run TEST DESIGN CLIENTS SCRIPT KIND ROUND [-D ...]: one pgbench run, its line in summary.tsv
run() {
  local test=$1 design=$2 c=$3 script=$4 kind=$5 round=$6 file before after tps lat txns made lost
  shift 6
  file="$out/$test-$c-$design-$round.txt"
  before=$(changes "$design" "$kind")
  log "$test, $design design, $c clients (round $round)"
  if ! PGOPTIONS="-c search_path=${design}_design" "$pgbin/pgbench" -n -M prepared \
      -f "$root/load-tests/sql/inventory-$design-$script.sql" -c "$c" -j 2 -T "$duration" \
      -D accounts="$accounts" "$@" > "$file" 2>&1; then
    tail -20 "$file" >&2
    echo "pgbench failed; see $file" >&2
    exit 1
  fi
  after=$(changes "$design" "$kind")
  tps=$(sed -n 's/^tps = \([0-9.]*\) .*/\1/p' "$file")
  lat=$(sed -n 's/^latency average = \([0-9.]*\) ms.*/\1/p' "$file")
  txns=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$file")
  if [ "$kind" = booking ] || [ "$kind" = takeover ]; then
    made=$((after - before)); lost=$((txns - made))
  else
    made=$txns; lost=0
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$test" "$design" "$c" "$round" "$tps" "$lat" \
    "$txns" "$made" "$lost" >> "$out/summary.tsv"
  log "  $tps tps, $lat ms average, $txns transactions, $made changes, $lost lost"
}

hot_show=(-D st_first="$hot" -D st_last="$hot" -D aud_first=$((auds + 1)) -D aud_count=1)
takeover_show=(-D st_first="$takeover" -D st_last="$takeover" -D aud_first=$((auds + 1)) -D aud_count=1)
ahead=(-D st_first="$ahead_first" -D st_last="$ahead_last" -D aud_first=1 -D aud_count="$auds")

printf 'test\tdesign\tclients\tround\ttps\tlatency_ms\ttransactions\tchanges\tlost\n' > "$out/summary.tsv"
echo "load1|$(cut -d' ' -f1-3 /proc/loadavg)" > "$out/machine.txt"
for round in $(seq 1 "$rounds"); do
  if [ $((round % 2)) = 1 ]; then order=(rows claims); else order=(claims rows); fi
  for d in "${order[@]}"; do run hot "$d" "$clients" booking booking "$round" "${hot_show[@]}"; done
  for d in "${order[@]}"; do run hot "$d" "$hot_clients" booking booking "$round" "${hot_show[@]}"; done
  for d in "${order[@]}"; do run spread "$d" "$clients" booking booking "$round" "${ahead[@]}"; done
  for d in "${order[@]}"; do run takeover "$d" "$clients" takeover takeover "$round" "${takeover_show[@]}"; done
  for d in "${order[@]}"; do run takeover "$d" "$hot_clients" takeover takeover "$round" "${takeover_show[@]}"; done
  for d in "${order[@]}"; do run seatmap "$d" "$clients" seatmap none "$round" "${ahead[@]}"; done
  run seatmap-layout claims "$clients" seatmap-layout none "$round" "${ahead[@]}"
  for d in "${order[@]}"; do run schedule "$d" "$clients" schedule none "$round" -D aud_count="$auds"; done
done
echo "load2|$(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/machine.txt"

# Both designs' rules after all that: a sold seat has exactly one live ticket and a live ticket a
# sold seat (a second live ticket the unique index ux_ticket_live_seat refuses anyway)
log "checking the invariants"
sql -F '|' -c "
  select 'rows', count(*) from rows_design.show_seat ss
   where ss.status = 'SOLD' and not exists (select 1 from rows_design.ticket t
          where t.showtime_id = ss.showtime_id and t.seat_id = ss.seat_id and t.status <> 'CANCELLED')
  union all
  select 'rows', count(*) from rows_design.ticket t
   where t.status <> 'CANCELLED' and not exists (select 1 from rows_design.show_seat ss
          where ss.showtime_id = t.showtime_id and ss.seat_id = t.seat_id and ss.status = 'SOLD')
  union all
  select 'claims', count(*) from claims_design.seat_claim c
   where c.hold_id is null and not exists (select 1 from claims_design.ticket t
          where t.showtime_id = c.showtime_id and t.seat_id = c.seat_id and t.status <> 'CANCELLED')
  union all
  select 'claims', count(*) from claims_design.ticket t
   where t.status <> 'CANCELLED' and not exists (select 1 from claims_design.seat_claim c
          where c.showtime_id = t.showtime_id and c.seat_id = t.seat_id and c.hold_id is null)" \
  > "$out/invariants.txt"
violations=$(awk -F'|' '{s += $2} END {print s + 0}' "$out/invariants.txt")

{
  echo "cpu|$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
  echo "cores|$(nproc)"
  echo "memory|$(free -g | awk '/Mem:/ {print $2}') GiB"
  # shellcheck disable=SC1091
  echo "os|$(. /etc/os-release && echo "$PRETTY_NAME")"
  echo "postgresql|$(sql -c 'show server_version')"
  echo "shared_buffers|$(sql -c 'show shared_buffers')"
  echo "date|$(date -u +%Y-%m-%dT%H:%MZ)"
} >> "$out/machine.txt"

# summary.md: per test, the mean over the rounds of each design, and the ratio claims/rows
awk -F'\t' -v pct="$pct" -v duration="$duration" -v rounds="$rounds" -v load="$load_seconds" \
    -v violations="$violations" -v sizes="$out/sizes.txt" '
  NR == 1 { next }
  {
    key = $1 "|" $3
    if (!(key in seen)) { seen[key] = 1; keys[++n] = key }
    run[++nrun] = sprintf("| %s | %s | %s | %s | %.0f | %.2f | %s of %s |", $1, $3, $2, $4, $5, $6, $9, $7)
    tps[key, $2] += $5; lat[key, $2] += $6; txns[key, $2] += $7; lost[key, $2] += $9; runs[key, $2]++
  }
  function mean(a, k, d) { return runs[k, d] ? a[k, d] / runs[k, d] : 0 }
  END {
    printf "Inventory benchmark: SCALE_PERCENT=%s, %s s a run, %s round(s) (the means below); loaded in %s s; invariant violations after the runs: %s\n\n", pct, duration, rounds, load, violations
    print "| test | clients | rows tps | claims tps | claims/rows | rows latency ms | claims latency ms | rows lost races | claims lost races |"
    print "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
    for (i = 1; i <= n; i++) {
      k = keys[i]; split(k, p, "|")
      r = mean(tps, k, "rows"); c = mean(tps, k, "claims"); rl = mean(lat, k, "rows")
      rlost = runs[k, "rows"] ? sprintf("%d of %d", lost[k, "rows"], txns[k, "rows"]) : "-"
      # the cache miss of the claims seat map is compared with the rows seat map
      if (p[1] == "seatmap-layout") { r = mean(tps, "seatmap|" p[2], "rows"); rl = mean(lat, "seatmap|" p[2], "rows") }
      ratio = (r > 0) ? sprintf("%.2f", c / r) : "-"
      printf "| %s | %s | %.0f | %.0f | %s | %.2f | %.2f | %s | %s |\n", p[1], p[2], r, c, ratio, rl,
             mean(lat, k, "claims"), rlost, sprintf("%d of %d", lost[k, "claims"], txns[k, "claims"])
    }
    print ""
    print "| design | showtimes | live tickets | inventory rows | heap MiB | index MiB | inventory MiB | bytes/ticket | bytes/showtime | schema MiB | ticket table MiB |"
    print "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    while ((getline line < sizes) > 0) {
      split(line, s, "|")
      printf "| %s | %d | %d | %d | %.1f | %.1f | %.1f | %.1f | %.0f | %.1f | %.1f |\n", s[1], s[2], s[3], s[4],
             s[5] / 1048576, s[6] / 1048576, s[7] / 1048576, s[7] / s[3], s[7] / s[2], s[8] / 1048576, s[9] / 1048576
    }
    print ""
    print "Every run (transactions/s), in the order they ran:"
    print ""
    print "| test | clients | design | round | tps | latency ms | lost races |"
    print "|---|---:|---|---:|---:|---:|---:|"
    for (i = 1; i <= nrun; i++) print run[i]
  }' "$out/summary.tsv" > "$out/summary.md"
cat "$out/summary.md"
cat "$out/machine.txt"
if [ "$violations" != 0 ]; then
  echo "invariants broken: see $out/invariants.txt" >&2
  exit 1
fi
log "done: $out/summary.md"
