#!/usr/bin/env bash
# Builds a fresh, configured WildFly for Marquee: copies the unpacked distribution to JBOSS_HOME and
# applies every CLI script of wildfly-config/ to it (through configure.sh), so a build always tests
# the same scripts an operator runs against a production server.
#
#   provision.sh UNPACKED_WILDFLY JBOSS_HOME POSTGRESQL_JAR
set -euo pipefail

dist=${1:?unpacked WildFly distribution}
home=${2:?target JBOSS_HOME}
driver=${3:?PostgreSQL JDBC driver jar}
here=$(cd "$(dirname "$0")" && pwd)

rm -rf "$home"
cp -a "$dist" "$home"
"$here/configure.sh" "$home" "$driver"
