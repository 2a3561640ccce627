#!/usr/bin/env bash
# Creates (or updates) on a domain controller the management user as which a host controller
# joins the domain (see domain/host-secondary.cli): MARQUEE_DOMAIN_USER (default marquee-host) in
# the ManagementRealm of JBOSS_HOME/domain/configuration, with the password MARQUEE_DOMAIN_SECRET
# from the environment. The same two variables are then in the joining host controller's
# environment when it starts. No secret is written anywhere but WildFly's own hashed user file.
#
#   MARQUEE_DOMAIN_SECRET=... domain-user.sh JBOSS_HOME
set -euo pipefail

home=${1:?JBOSS_HOME of the domain controller}
user=${MARQUEE_DOMAIN_USER:-marquee-host}
secret=${MARQUEE_DOMAIN_SECRET:?MARQUEE_DOMAIN_SECRET: the password of the host controllers user}

# add-user.sh takes the password only as an argument; it is visible in the process list for the
# second the tool runs
"$home/bin/add-user.sh" -dc "$home/domain/configuration" -r ManagementRealm -u "$user" -p "$secret" -s
