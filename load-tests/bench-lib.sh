# Shared by load-tests/run.sh and load-tests/growth.sh (sourced, not run): building, a throwaway
# PostgreSQL, a WildFly node with a server directory of its own, the data set, pgbench and Gatling.
# The caller sets root, out (its output directory), offset (the port offset) and password, and
# calls bench_stop_all on exit.

log() { echo "[bench $(date +%H:%M:%S)] $*"; }

home="$root/ear/target/wildfly"
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
server_pid=
db_state=

# mvn package: the EAR and a WildFly configured by wildfly-config/ (ear/target/wildfly)
bench_build() {
  log "building Marquee and provisioning WildFly (mvn package)"
  mkdir -p "$root/load-tests/target"
  if ! mvn -B -DskipTests package > "$root/load-tests/target/build.log" 2>&1; then
    grep -E 'ERROR|FAIL' "$root/load-tests/target/build.log" | head -40 >&2
    echo "The build failed; see load-tests/target/build.log" >&2
    exit 1
  fi
}

sql() { "$pgbin/psql" -v ON_ERROR_STOP=1 -qAt "$@"; }

# A fresh throwaway PostgreSQL in directory $1 (wildfly-config/bin/db.sh); exports PG* for psql
bench_start_db() {
  db_state=$1
  local db_port db_password
  db_port=$(bash "$root/wildfly-config/bin/db.sh" start "$db_state" 2>/dev/null)
  db_password=$(sed -n 's/^marquee.db.password=//p' "$db_state/db.properties")
  export PGHOST=127.0.0.1 PGPORT=$db_port PGUSER=marquee PGDATABASE=marquee PGPASSWORD=$db_password
}

# WildFly with a server directory of its own ($1), so a Marquee started by run.sh or the tests is
# left alone; HTTP on 8080 + offset. Waits until the login page answers (it reads nothing of the
# catalog, so no snapshot is cached before the data set is loaded).
bench_start_server() {
  local server=$1
  base="http://127.0.0.1:$((8080 + offset))"
  rm -rf "$server"
  mkdir -p "$server/deployments"
  cp -r "$home/standalone/configuration" "$server/"
  sed -i -e ':a;N;$!ba;s#<deployments>.*</deployments>##' "$server/configuration/standalone-full-ha.xml"
  cp "$root/ear/target/marquee.ear" "$server/deployments/"
  # the simulated payment gateway beside it, on its loopback listener (8081 + offset)
  cp "$home/standalone/deployments/payment-gateway.war" "$server/deployments/"
  # BENCH_JFR=1 records a Java Flight Recording of the whole run into the server directory;
  # BENCH_SERVER_OPTS adds system properties to try a setting (-Dmarquee.db.max-pool=16)
  local jfr=
  if [ "${BENCH_JFR:-0}" = 1 ]; then
    jfr="-XX:FlightRecorderOptions=stackdepth=256"
    jfr="$jfr -XX:StartFlightRecording=filename=$server/marquee.jfr,settings=profile,dumponexit=true"
  fi
  JAVA_OPTS="-Xms1g -Xmx2g -Djava.net.preferIPv4Stack=true $jfr" LAUNCH_JBOSS_IN_BACKGROUND=1 \
    "$home/bin/standalone.sh" -c standalone-full-ha.xml \
    -Djboss.server.base.dir="$server" \
    --properties="$db_state/db.properties" \
    -Djboss.socket.binding.port-offset="$offset" \
    -Djboss.node.name=marquee-bench \
    -Dmarquee.cluster.hosts="127.0.0.1[$((7600 + offset))]" \
    -Dmarquee.media.dir="$server/media" \
    -Dmarquee.gateway.simulator=true \
    -Dmarquee.log.level=WARN \
    ${BENCH_SERVER_OPTS:-} \
    > "$server/console.log" 2>&1 &
  server_pid=$!
  log "starting WildFly on $base (log: ${server#"$root"/}/log/server.log)"
  for _ in $(seq 1 240); do
    if curl -fsS -o /dev/null "$base/login.xhtml" 2>/dev/null; then return 0; fi
    kill -0 "$server_pid" 2>/dev/null || { echo "WildFly exited; see $server/console.log" >&2; exit 1; }
    sleep 1
  done
  echo "Marquee did not start; see $server/console.log" >&2
  exit 1
}

bench_stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    log "stopping WildFly"
    "$home/bin/jboss-cli.sh" --controller="127.0.0.1:$((9990 + offset))" -c ":shutdown" >/dev/null 2>&1 \
      || kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=
}

bench_stop_db() {
  if [ -n "$db_state" ]; then
    log "stopping PostgreSQL"
    bash "$root/wildfly-config/bin/db.sh" stop "$db_state" || true
  fi
  db_state=
}

bench_stop_all() {
  trap - EXIT INT TERM
  bench_stop_server
  bench_stop_db
}

# The data set at scale $1 into the running Marquee's database; its counts go to $2. Sets accounts.
bench_load_dataset() {
  local scale=$1 counts=$2 hash
  log "loading the data set (scale $scale)"
  curl -fsS -o /dev/null -H 'Content-Type: application/json' \
    -d "{\"email\":\"bench-template@bench.example\",\"password\":\"$password\",\"displayName\":\"Template\"}" \
    "$base/api/v1/accounts"
  hash=$(sql -c "select password_hash from account where email = 'bench-template@bench.example'")
  sql -v scale="$scale" -v hash="$hash" -f "$root/load-tests/sql/dataset.sql" > "$counts"
  accounts=$(sql -c "select count(*) from account where email like 'load-%@bench.example'")
}

# pgbench script $1 (load-tests/sql/pgbench-$1.sql) for $2 seconds, 8 clients; output to $3
bench_pgbench() {
  "$pgbin/pgbench" -n -M prepared -f "$root/load-tests/sql/pgbench-$1.sql" -c 8 -j 2 -T "$2" > "$3" 2>&1
}

# Gatling simulation $1 against $base; its console to $2, its HTML report under
# load-tests/target/gatling/
bench_gatling() {
  log "Gatling: $1"
  mvn -B -q -pl load-tests gatling:test -Dgatling.simulationClass="org.marquee.load.$1" \
    -Dmarquee.base="$base" -Dmarquee.accounts="$accounts" -Dmarquee.password="$password" \
    -Dmarquee.users="$users" -Dmarquee.duration="$duration" -Dmarquee.buyers="$buyers" \
    > "$2" 2>&1 || { tail -30 "$2" >&2; exit 1; }
}

# Orders and their tickets sold through the web since order id $1, as "before|orders|tickets"
bench_web_sales() {
  sql -c "select count(*), coalesce(sum((select count(*) from ticket t where t.order_id = o.id)), 0)
            from ticket_order o where o.id > $1 and o.channel = 'WEB'" | sed "s/^/$1|/"
}

bench_machine() {
  echo "cpu|$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
  echo "cores|$(nproc)"
  echo "memory|$(free -g | awk '/Mem:/ {print $2}') GiB"
  echo "os|$(. /etc/os-release && echo "$PRETTY_NAME")"
  echo "java|$(java -version 2>&1 | head -1)"
  echo "postgresql|$(sql -c 'show server_version')"
  echo "wildfly|$(sed -n 's:.*<version.wildfly>\(.*\)</version.wildfly>.*:\1:p' "$root/pom.xml")"
  echo "gatling|$(sed -n 's:.*<version.gatling>\(.*\)</version.gatling>.*:\1:p' "$root/pom.xml")"
  echo "date|$(date -u +%Y-%m-%dT%H:%MZ)"
}
