#!/usr/bin/env bash
# Checks the managed domain for real: starts the loopback domain of domain.sh (building first if
# there is no EAR), and fails unless
#   1. both servers answer GET /api/v1/theaters with 200;
#   2. the JGroups channel "ee" of each server sees a view of 2 members;
#   3. a programme change through marquee-1 is seen through marquee-2 (a movie created, read,
#      renamed on 1, read again on 2: the replicated catalog generation at work);
#   4. the load balancer serves the API, and a rolling redeploy of the EAR to the group (rollout
#      plan rolling-to-servers=true: one server after the other) leaves at least one server
#      answering at every moment, while a loop of GETs goes to both servers and through the
#      balancer; no GET through the balancer fails.
# Everything it started is stopped on exit.
#
#   bash wildfly-config/bin/domain-check.sh [STATE_DIR]   (default ear/target/domain-check)
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
state=${1:-$root/ear/target/domain-check}
here="$root/wildfly-config/bin"
cd "$root"

fail() { echo "FAIL: $*" >&2; exit 1; }
ok() { echo "ok: $*"; }

if [ ! -f ear/target/marquee.ear ] || ! ls -d ear/target/provisioning/wildfly-* >/dev/null 2>&1; then
  echo "Building (mvn -B -DskipTests package)..."
  mkdir -p ear/target
  mvn -B -DskipTests package > ear/target/domain-check-build.log 2>&1 \
    || fail "the build failed, see ear/target/domain-check-build.log"
fi

trap 'echo "Stopping the domain and the database..."; bash "$here/domain.sh" stop "$state"' EXIT
started=$SECONDS
bash "$here/domain.sh" start "$state"
echo "(domain up and deployed in $((SECONDS - started)) s)"
# shellcheck disable=SC1091
. "$state/domain.env"
cli() { "$state/host-a/bin/jboss-cli.sh" --controller="$DC" -c "$@"; }

# 1. both servers serve the API
for url in "$HTTP_1" "$HTTP_2"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$url/api/v1/theaters")
  [ "$code" = 200 ] || fail "GET $url/api/v1/theaters answered $code"
  ok "GET $url/api/v1/theaters 200"
done

# 2. one cluster of two
host_b=$(cli --command=':read-children-names(child-type=host)' | grep -o '"[^"]*"' | tr -d '"' \
  | grep -vx -e primary -e outcome -e success -e result)
for server in "primary/server=marquee-1" "$host_b/server=marquee-2"; do
  view=$(cli --command="/host=$server/subsystem=jgroups/channel=ee:read-attribute(name=view)" \
    | sed -n 's/.*"result" => "\(.*\)".*/\1/p')
  echo "$view" | grep -q '(2)' || fail "JGroups view of $server: $view"
  ok "JGroups view of /host=$server: $view"
done

# 3. a programme change through one server, seen through the other
admin=$(printf '%s:%s' "$MARQUEE_ADMIN_EMAIL" "$MARQUEE_ADMIN_PASSWORD" | base64 -w0)
movie() {
  printf '{"title":"%s","synopsis":"The domain check.","runtimeMinutes":100,"rating":"PG-13","genres":["Drama"],"releaseDate":"2026-01-15"}' "$1"
}
tag=$RANDOM
created=$(curl -s -w '\n%{http_code}' -X POST -H "Authorization: Basic $admin" \
  -H 'Content-Type: application/json' -d "$(movie "Domain $tag")" "$HTTP_1/api/v1/admin/movies")
[ "$(echo "$created" | tail -1)" = 201 ] || fail "creating a movie on marquee-1: $created"
id=$(echo "$created" | head -1 | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
title_on_2() { curl -s "$HTTP_2/api/v1/movies/$id" | grep -o '"title":"[^"]*"'; }
[ "$(title_on_2)" = "\"title\":\"Domain $tag\"" ] || fail "marquee-2 does not show movie $id: $(title_on_2)"
ok "movie $id created on marquee-1, read on marquee-2"
code=$(curl -s -o /dev/null -w '%{http_code}' -X PUT -H "Authorization: Basic $admin" \
  -H 'Content-Type: application/json' -d "$(movie "Renamed $tag")" "$HTTP_1/api/v1/admin/movies/$id")
[ "$code" = 200 ] || fail "renaming movie $id on marquee-1 answered $code"
[ "$(title_on_2)" = "\"title\":\"Renamed $tag\"" ] || fail "marquee-2 still shows $(title_on_2) after the rename"
ok "movie $id renamed on marquee-1, marquee-2 shows the new title at once"

# 4. the balancer, and a rolling redeploy: GETs to both servers and through the balancer meanwhile,
# one line per round
code=$(curl -s -o /dev/null -w '%{http_code}' "$HTTP_LB/api/v1/theaters")
[ "$code" = 200 ] || fail "GET $HTTP_LB/api/v1/theaters (the balancer) answered $code"
ok "GET $HTTP_LB/api/v1/theaters (the balancer) 200"
samples="$state/rolling.samples"
: > "$samples"
rm -f "$state/rolling.done"
(
  while [ ! -f "$state/rolling.done" ]; do
    a=$(curl -s -o /dev/null -m 2 -w '%{http_code}' "$HTTP_1/api/v1/theaters" || true)
    b=$(curl -s -o /dev/null -m 2 -w '%{http_code}' "$HTTP_2/api/v1/theaters" || true)
    c=$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$HTTP_LB/api/v1/theaters" || true)
    echo "$(date +%s.%N | cut -c1-14) $a $b $c" >> "$samples"
    sleep 0.1
  done
) &
loop=$!
sleep 2
started=$SECONDS
cli --timeout=600000 --command="deploy ear/target/marquee.ear --force --headers={rollout marquee(rolling-to-servers=true)}"
echo "(rolling redeploy took $((SECONDS - started)) s)"
sleep 2
touch "$state/rolling.done"
wait "$loop"
rounds=$(wc -l < "$samples")
down_1=$(awk '$2 != 200' "$samples" | wc -l)
down_2=$(awk '$3 != 200' "$samples" | wc -l)
both=$(awk '$2 != 200 && $3 != 200' "$samples" | wc -l)
balanced=$(awk '$4 != 200' "$samples" | wc -l)
echo "rolling redeploy: $rounds rounds of GETs; marquee-1 failed $down_1, marquee-2 failed $down_2, both at once $both, through the balancer $balanced"
awk 'NR == 1 || $2 $3 $4 != prev { print "  " $0 } { prev = $2 $3 $4 }' "$samples"
[ "$rounds" -ge 20 ] || fail "only $rounds rounds of GETs during the rolling redeploy: nothing was watched"
[ "$both" -eq 0 ] || fail "both servers failed in the same round during the rolling redeploy"
[ "$balanced" -eq 0 ] || fail "$balanced GETs through the balancer failed during the rolling redeploy"
[ "$down_1" -gt 0 ] && [ "$down_2" -gt 0 ] \
  || echo "note: a server never failed a GET; its redeploy fell between two rounds"
for url in "$HTTP_1" "$HTTP_2"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$url/api/v1/theaters")
  [ "$code" = 200 ] || fail "after the redeploy, $url answered $code"
done
ok "rolling redeploy: never both servers down, no GET through the balancer failed; both answer 200 afterwards"
echo "domain check passed"
