#!/usr/bin/env bash
# A managed domain of two hosts on this machine's loopback, from the build's WildFly (run
# `mvn -DskipTests package` first): host A is the domain controller and runs server marquee-1,
# host B is a host controller that joins it and runs marquee-2; both servers are in the server group
# "marquee" (full-ha profile), share a throwaway PostgreSQL (db.sh) and form one JGroups cluster
# over TCPPING, and register with a load balancer (configure-balancer.sh, a WildFly of its own). The
# EAR is deployed to the group through the domain controller. A demonstration and a test of the
# domain configuration (configure.sh --domain --balancer), not a production layout.
#
#   domain.sh start STATE_DIR   configure both hosts under STATE_DIR, start the database and the
#                               domain, deploy; prints the servers' URLs. STATE_DIR/domain.env
#                               holds the ports and the administrator's login (mode 600).
#   domain.sh stop STATE_DIR    stop the domain and the database
#
# Ports (offsets 30000, 30100 and 30200, away from the integration tests' 10000 to 10300 and
# 20000): domain controller's management 39990, host B's 40090; marquee-1 HTTP 38080, JGroups
# 37600; marquee-2 HTTP 38180, JGroups 37700; the balancer's HTTP 38280, MCMP 38290.
set -euo pipefail

cmd=${1:?start or stop}
state=${2:?state directory}
mkdir -p "$state"
state=$(cd "$state" && pwd)
root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/wildfly-config/bin"

dc_port=39990
b_port=40090
offset_a=30000
offset_b=30100
offset_lb=30200
http_a=$((8080 + offset_a))
http_b=$((8080 + offset_b))
http_lb=$((8080 + offset_lb))
mcmp=$((8090 + offset_lb))
cluster="127.0.0.1[$((7600 + offset_a))],127.0.0.1[$((7600 + offset_b))]"

dc_cli() {
  "$state/host-a/bin/jboss-cli.sh" --controller="127.0.0.1:$dc_port" -c "$@"
}

# Stops what a start left: each host through its controller, then whatever of its process group
# is left; then the database
stop_all() {
  local host_b pgid
  if [ -f "$state/host-b.pgid" ] && kill -0 "-$(cat "$state/host-b.pgid")" 2>/dev/null; then
    host_b=$(dc_cli --command=':read-children-names(child-type=host)' 2>/dev/null \
      | grep -o '"[^"]*"' | tr -d '"' | grep -vx -e primary -e outcome -e success -e result || true)
    for h in $host_b; do dc_cli --command="/host=$h:shutdown" >/dev/null 2>&1 || true; done
  fi
  if [ -f "$state/host-a.pgid" ] && kill -0 "-$(cat "$state/host-a.pgid")" 2>/dev/null; then
    dc_cli --command='/host=primary:shutdown' >/dev/null 2>&1 || true
  fi
  for h in host-b host-a balancer; do
    [ -f "$state/$h.pgid" ] || continue
    pgid=$(cat "$state/$h.pgid")
    for _ in $(seq 1 30); do kill -0 "-$pgid" 2>/dev/null || break; sleep 1; done
    kill -- "-$pgid" 2>/dev/null || true
    rm -f "$state/$h.pgid"
  done
  bash "$here/db.sh" stop "$state/db"
}

wait_for() { # SECONDS DESCRIPTION COMMAND...
  local limit=$1 what=$2
  shift 2
  for _ in $(seq 1 "$limit"); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 1
  done
  echo "gave up waiting for $what; logs are under $state" >&2
  return 1
}

servers_running() {
  [ "$(dc_cli --command='/host=*/server=*:read-attribute(name=server-state)' 2>/dev/null \
    | grep -c '"result" => "running"')" -ge 2 ]
}

case "$cmd" in
  start)
    stop_all
    build="$root/ear/target"
    dist=$(ls -d "$build"/provisioning/wildfly-* 2>/dev/null | head -1)
    [ -n "$dist" ] && [ -f "$build/marquee.ear" ] \
      || { echo "no build: run mvn -DskipTests package first" >&2; exit 1; }

    echo "Configuring the domain (configure.sh --domain --balancer --simulator) in $state/host-a..."
    rm -rf "$state/host-a" "$state/host-b" "$state/balancer"
    cp -a "$dist" "$state/host-a"
    bash "$here/configure.sh" --domain --balancer --simulator "$state/host-a" \
      "$build/provisioning/postgresql.jar" > "$state/configure.log"
    cp -a "$dist" "$state/balancer"
    bash "$here/configure-balancer.sh" "$state/balancer" > "$state/configure-balancer.log"
    # This domain's own settings: its cluster's members for the whole group, the demo programme
    # loaded by marquee-1 only (two servers loading it at once would race), and the simulated card
    # processor on marquee-1 as both servers' gateway
    cat > "$state/loopback.cli" <<CLI
embed-host-controller --domain-config=domain.xml --host-config=host-primary.xml --std-out=discard
/server-group=marquee/system-property=marquee.cluster.hosts:add(value="$cluster")
/server-group=marquee/system-property=marquee.balancer.port:add(value="$mcmp")
/host=primary/server-config=marquee-1/system-property=marquee.demo-data:add(value=true)
/server-group=marquee/system-property=marquee.gateway.url:add(value="http://127.0.0.1:$((8081 + offset_a))/payment-gateway/v1")
stop-embedded-host-controller
CLI
    "$state/host-a/bin/jboss-cli.sh" --file="$state/loopback.cli" > "$state/loopback.log"

    # The secret with which host B joins, and the first administrator: made up for this start
    (umask 077
      printf 'MARQUEE_DOMAIN_SECRET=%s\nMARQUEE_ADMIN_EMAIL=%s\nMARQUEE_ADMIN_PASSWORD=%s\n' \
        "${MARQUEE_DOMAIN_SECRET:-$(head -c 18 /dev/urandom | base64 | tr -d '/+=')}" \
        "${MARQUEE_ADMIN_EMAIL:-domain-admin@marquee.example}" \
        "${MARQUEE_ADMIN_PASSWORD:-$(head -c 18 /dev/urandom | base64 | tr -d '/+=')}" > "$state/secrets.env")
    set -a
    . "$state/secrets.env"
    set +a
    bash "$here/domain-user.sh" "$state/host-a" > "$state/domain-user.log"
    cp -a "$state/host-a" "$state/host-b"

    bash "$here/db.sh" start "$state/db" >/dev/null
    # The servers inherit their host controller's environment: the datasource's expressions read
    # MARQUEE_DB_*, the first administrator MARQUEE_ADMIN_*
    while IFS='=' read -r key value; do
      name=$(echo "${key#marquee.}" | tr 'a-z.' 'A-Z_')
      export "MARQUEE_$name=$value"
    done < "$state/db/db.properties"

    echo "Starting the load balancer..."
    setsid "$state/balancer/bin/standalone.sh" -c standalone-load-balancer.xml \
      -Djboss.socket.binding.port-offset=$offset_lb > "$state/balancer.log" 2>&1 < /dev/null &
    echo $! > "$state/balancer.pgid"

    echo "Starting host A (domain controller, marquee-1)..."
    setsid "$state/host-a/bin/domain.sh" --host-config=host-primary.xml \
      -Djboss.management.http.port=$dc_port -Dmarquee.port-offset=$offset_a \
      > "$state/host-a.log" 2>&1 < /dev/null &
    echo $! > "$state/host-a.pgid"
    wait_for 180 "the domain controller" dc_cli --command=':read-attribute(name=name)'

    echo "Starting host B (host controller, marquee-2)..."
    setsid "$state/host-b/bin/domain.sh" --host-config=host-secondary.xml \
      -Djboss.domain.primary.address=127.0.0.1 -Djboss.domain.primary.port=$dc_port \
      -Djboss.management.http.port=$b_port -Dmarquee.port-offset=$offset_b \
      > "$state/host-b.log" 2>&1 < /dev/null &
    echo $! > "$state/host-b.pgid"
    wait_for 300 "both servers running" servers_running

    echo "Deploying marquee.ear to server group marquee..."
    dc_cli --timeout=600000 --command="deploy $build/marquee.ear --server-groups=marquee"
    # the simulated card processor of this demonstration, which both servers pay through
    # (marquee-1's, on loopback): a production domain has a real one in marquee.gateway.url
    dc_cli --timeout=600000 \
      --command="deploy $root/payment-gateway/target/payment-gateway.war --server-groups=marquee"
    wait_for 300 "marquee-1 answering" curl -fsS -o /dev/null "http://127.0.0.1:$http_a/api/v1/theaters"
    wait_for 300 "marquee-2 answering" curl -fsS -o /dev/null "http://127.0.0.1:$http_b/api/v1/theaters"
    wait_for 120 "the balancer answering" curl -fsS -o /dev/null "http://127.0.0.1:$http_lb/api/v1/theaters"

    (umask 077
      printf 'DC=127.0.0.1:%s\nHTTP_1=http://127.0.0.1:%s\nHTTP_2=http://127.0.0.1:%s\nHTTP_LB=http://127.0.0.1:%s\n' \
        "$dc_port" "$http_a" "$http_b" "$http_lb"
      grep ADMIN "$state/secrets.env") > "$state/domain.env"
    cat <<MSG
A managed domain is running:
  domain controller  127.0.0.1:$dc_port   ($state/host-a/bin/jboss-cli.sh --controller=127.0.0.1:$dc_port -c)
  marquee-1          http://127.0.0.1:$http_a/
  marquee-2          http://127.0.0.1:$http_b/
  the load balancer  http://127.0.0.1:$http_lb/
Stop it with: $0 stop $state
MSG
    ;;
  stop)
    stop_all
    ;;
  *)
    echo "usage: domain.sh start|stop STATE_DIR" >&2
    exit 2
    ;;
esac
