#!/usr/bin/env bash
# Builds a fresh, configured WildFly for Marquee: copies the unpacked distribution to JBOSS_HOME and
# applies every CLI script of wildfly-config/ to it (through configure.sh), so a build always tests
# the same scripts an operator runs against a production server.
#
#   provision.sh UNPACKED_WILDFLY JBOSS_HOME POSTGRESQL_JAR [PAYMENT_GATEWAY_WAR]
#
# With PAYMENT_GATEWAY_WAR (the build's own server, for the demo run and the tests), the server
# also gets the simulated payment gateway: its listener and datasource (configure.sh --simulator)
# and the deployment itself, in standalone/deployments/. A production server is configured with
# configure.sh alone and never has either.
set -euo pipefail

dist=${1:?unpacked WildFly distribution}
home=${2:?target JBOSS_HOME}
driver=${3:?PostgreSQL JDBC driver jar}
gateway=${4:-}
here=$(cd "$(dirname "$0")" && pwd)

rm -rf "$home"
cp -a "$dist" "$home"
if [ -z "$gateway" ]; then
  "$here/configure.sh" "$home" "$driver"
  exit 0
fi
"$here/configure.sh" --simulator "$home" "$driver"
cp "$gateway" "$home/standalone/deployments/payment-gateway.war"
