#!/usr/bin/env bash
# Configures a stopped WildFly for Marquee: installs the PostgreSQL JDBC driver as a module, then
# runs the numbered CLI scripts of wildfly-config/ in order against the server's
# standalone-full-ha.xml, each in an embedded (offline) server. The scripts are idempotent: a rerun on
# an already configured server changes nothing.
#
#   configure.sh JBOSS_HOME POSTGRESQL_JAR
set -euo pipefail

home=${1:?JBOSS_HOME}
driver=${2:?PostgreSQL JDBC driver jar}
config_dir=$(cd "$(dirname "$0")/.." && pwd)
cli="$home/bin/jboss-cli.sh"

# Runs the CLI; prints what it said only when something was not a plain success.
run_cli() {
  local out
  if ! out=$("$cli" "$@" 2>&1); then
    echo "$out" >&2
    return 1
  fi
  echo "$out" | grep -vE '^\{"outcome" => "success"\}$|^The batch executed successfully$|deprecated|^$' || true
}

# The driver module: the datasource subsystem loads the driver from it, never from the EAR.
if [ ! -f "$home/modules/org/postgresql/main/module.xml" ]; then
  run_cli --command="module add --name=org.postgresql --resources=$driver \
    --dependencies=java.logging,java.naming,java.management,java.sql,jakarta.transaction.api"
fi

for script in "$config_dir"/[0-9]*.cli; do
  echo "Applying $(basename "$script")"
  run_cli --file="$script"
done
