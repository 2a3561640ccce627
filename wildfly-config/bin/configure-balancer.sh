#!/usr/bin/env bash
# Configures a stopped WildFly as Marquee's load balancer: applies wildfly-config/balancer/
# balancer.cli to its standalone-load-balancer.xml in an embedded server. Idempotent.
#
#   configure-balancer.sh JBOSS_HOME
# Then start it with
#   JBOSS_HOME/bin/standalone.sh -c standalone-load-balancer.xml -Djboss.bind.address=PUBLIC \
#     -Djboss.bind.address.private=PRIVATE
# and configure the nodes with configure.sh --balancer (MARQUEE_BALANCER_HOST=PRIVATE).
set -euo pipefail

home=${1:?JBOSS_HOME}
config_dir=$(cd "$(dirname "$0")/.." && pwd)
script=$(mktemp)
trap 'rm -f "$script"' EXIT
{
  echo "embed-server --server-config=standalone-load-balancer.xml --std-out=discard"
  cat "$config_dir/balancer/balancer.cli"
  echo
  echo "stop-embedded-server"
} > "$script"
"$home/bin/jboss-cli.sh" --file="$script" >/dev/null
echo "Configured $home as Marquee's load balancer (standalone-load-balancer.xml)"
