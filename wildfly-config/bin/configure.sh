#!/usr/bin/env bash
# Configures a stopped WildFly for Marquee: installs the PostgreSQL JDBC driver as a module, then
# runs the numbered CLI scripts of wildfly-config/ in order, each in an embedded (offline) process
# of its own. The scripts are idempotent: a rerun on an already configured server changes nothing.
#
#   configure.sh JBOSS_HOME POSTGRESQL_JAR            standalone: standalone-full-ha.xml
#   configure.sh --domain JBOSS_HOME POSTGRESQL_JAR   a managed domain: domain.xml's full-ha profile,
#                                                     the server group "marquee" and the host files
#   --balancer (before JBOSS_HOME, with or without --domain) also applies balancer/node.cli: the
#   nodes register with the load balancer of bin/configure-balancer.sh (MARQUEE_BALANCER_HOST)
#   --simulator (likewise) also applies simulator/*.cli: the listener and datasource of the simulated
#   payment gateway, for a demo or test server only, never a production one
#
# The numbered scripts are written once, for a standalone server's addresses, and hold no
# embed-server line: this script wraps each one for the mode. In a domain, a subsystem lives in a
# profile, so every address /subsystem=... becomes /profile=full-ha/subsystem=..., and the socket
# binding group standard-sockets is full-ha-sockets. Extensions, interfaces and system properties
# keep their addresses: the domain has them too, at its top level. The domain's own steps are in
# wildfly-config/domain/: server-group.cli for domain.xml, host.cli for every host file,
# host-secondary.cli for the host controller that joins a remote domain controller.
set -euo pipefail

mode=standalone
balanced=
simulator=
while [ "${1:-}" = --domain ] || [ "${1:-}" = --balancer ] || [ "${1:-}" = --simulator ]; do
  case "$1" in
    --domain) mode=domain ;;
    --balancer) balanced=yes ;;
    --simulator) simulator=yes ;;
  esac
  shift
done
home=${1:?JBOSS_HOME}
driver=${2:?PostgreSQL JDBC driver jar}
config_dir=$(cd "$(dirname "$0")/.." && pwd)
cli="$home/bin/jboss-cli.sh"
profile=full-ha
sockets=full-ha-sockets

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Runs the CLI; prints what it said only when something was not a plain success (a domain's
# answers to a change are blocks of several lines: outcome, result and server groups).
run_cli() {
  local out
  if ! out=$("$cli" "$@" 2>&1); then
    echo "$out" >&2
    return 1
  fi
  echo "$out" | awk '
    function flush() { if (plain == 0) print block; block = ""; open = 0 }
    open { block = block "\n" $0; if ($0 !~ /^ *("outcome" => "success"|"result" => undefined|"server-groups" => undefined),?$|^\}$/) plain = 0; if ($0 == "}") flush(); next }
    /^\{$/ { open = 1; plain = 1; block = $0; next }
    /^\{"outcome" => "success"\}$|^The batch executed successfully$|deprecated|^$/ { next }
    { print }'
}

# A standalone script's addresses, as the domain's profile and socket binding group have them
to_domain() {
  sed -E -e "s#(^|[[:space:](])/subsystem=#\\1/profile=$profile/subsystem=#g" \
    -e "s#/socket-binding-group=standard-sockets/#/socket-binding-group=$sockets/#g"
}

# apply SCRIPT FILTER START STOP [CLI lines to put first]: runs SCRIPT, passed through FILTER,
# between START and STOP (an embedded server or host controller)
apply() {
  local script=$1 filter=$2 start=$3 stop=$4
  shift 4
  echo "Applying ${script#"$config_dir"/}${*:+ ($*)}"
  {
    echo "$start"
    [ $# -eq 0 ] || printf '%s\n' "$@"
    "$filter" < "$script"
    echo
    echo "$stop"
  } > "$work/script.cli"
  run_cli --file="$work/script.cli" || { echo "${script#"$config_dir"/} failed" >&2; return 1; }
}

# The driver module: the datasource subsystem loads the driver from it, never from the EAR.
if [ ! -f "$home/modules/org/postgresql/main/module.xml" ]; then
  run_cli --command="module add --name=org.postgresql --resources=$driver \
    --dependencies=java.logging,java.naming,java.management,java.sql,jakarta.transaction.api"
fi

# A script that configures the server's own management interface (/health, /metrics) says so with a
# line "# configure.sh: standalone only": a domain's servers have no management interface of their
# own (the host controller's is the host's), so it is left out of a domain.
standalone_only() {
  grep -q '^# configure.sh: standalone only' "$1"
}

# The numbered scripts, then (--balancer) the node's registration with the load balancer and
# (--simulator) the simulated payment gateway's server parts
scripts() {
  ls "$config_dir"/[0-9]*.cli
  [ -z "$balanced" ] || echo "$config_dir/balancer/node.cli"
  [ -z "$simulator" ] || ls "$config_dir"/simulator/*.cli
}

if [ "$mode" = standalone ]; then
  for script in $(scripts); do
    apply "$script" cat "embed-server --server-config=standalone-full-ha.xml --std-out=discard" \
      stop-embedded-server
  done
  exit 0
fi

# The domain controller's host file; its host controller holds domain.xml
host_controller() {
  echo "embed-host-controller --domain-config=domain.xml --host-config=$1 --std-out=discard"
}
for script in $(scripts); do
  if standalone_only "$script"; then
    echo "Leaving out $(basename "$script") (standalone only)"
    continue
  fi
  apply "$script" to_domain "$(host_controller host-primary.xml)" stop-embedded-host-controller
done
apply "$config_dir/domain/server-group.cli" cat "$(host_controller host-primary.xml)" \
  stop-embedded-host-controller

# An embedded host controller on host-secondary.xml resolves the expression of the secret
# (host-secondary.cli) when it adds it and when it boots; the file keeps the expression, and the
# real host controller reads the secret from its environment when it starts
export MARQUEE_DOMAIN_SECRET=${MARQUEE_DOMAIN_SECRET:-checked-at-configuration}

# The domain controller's host files (host.xml is domain.sh's default) run marquee-1, the host
# controller that joins them marquee-2
for host in host-primary.xml:marquee-1 host.xml:marquee-1 host-secondary.xml:marquee-2; do
  apply "$config_dir/domain/host.cli" cat "$(host_controller "${host%%:*}")" \
    stop-embedded-host-controller "set server=${host#*:}"
done
apply "$config_dir/domain/host-secondary.cli" cat "$(host_controller host-secondary.xml)" \
  stop-embedded-host-controller
