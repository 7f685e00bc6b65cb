#!/usr/bin/env bash
# Gives every service and partner of acls.txt its Kafka user (SCRAM-SHA-512) and its ACLs, and every partner
# of partners.txt its inbound topic and that topic's dead-letter topic. Idempotent: run it again after
# changing acls.txt, partners.txt or a password.
#
# Usage: acls.sh <bootstrap-servers> [replication-factor]     apply, as the admin (see admin-client.sh)
#        acls.sh --print                                      the ACLs, one per line, nothing applied
#
# Passwords come from the environment, KAFKA_PASSWORD_<USER> with the user's name upper-cased and - as _
# (KAFKA_PASSWORD_HR_SCANS, KAFKA_PASSWORD_PARTNER_UWV); a user without one is an error, nothing is skipped.
# Passwords use letters, digits, - and _ only (kafka-configs' SCRAM syntax reserves , [ ] =).
# ACLs that are removed from acls.txt are not revoked here: kafka-acls.sh --remove them by hand.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
acls_file="${ACLS_FILE:-$here/acls.txt}"
partners_file="${PARTNERS_FILE:-$here/partners.txt}"
bin="${KAFKA_BIN:-/opt/kafka/bin}"

partners() { grep -Ev '^\s*(#|$)' "$partners_file" | awk '{print $1}'; }

# principal resource pattern name operation, one line per operation, partner lines expanded
expanded() {
  grep -Ev '^\s*(#|$)' "$acls_file" | while read -r principal resource pattern name operations; do
    if [[ "$principal$name" == *"{partner}"* ]]; then
      for partner in $(partners); do
        echo "${principal//\{partner\}/$partner} $resource $pattern ${name//\{partner\}/$partner} $operations"
      done
    else
      echo "$principal $resource $pattern $name $operations"
    fi
  done | while read -r principal resource pattern name operations; do
    IFS=',' read -ra ops <<< "$operations"
    for op in "${ops[@]}"; do echo "$principal $resource $pattern $name $op"; done
  done
}

if [ "${1:-}" = "--print" ]; then
  expanded
  exit 0
fi

bootstrap="${1:?usage: acls.sh <bootstrap-servers> [replication-factor] | acls.sh --print}"
replication="${2:-1}"
# shellcheck source=admin-client.sh
. "$here/admin-client.sh"

password_of() {
  local variable="KAFKA_PASSWORD_$(echo "$1" | tr 'a-z-' 'A-Z_')"
  local password="${!variable:-}"
  if [ -z "$password" ]; then
    echo "acls.sh: no password for Kafka user $1: set $variable" >&2
    return 1
  fi
  if [[ ! "$password" =~ ^[A-Za-z0-9_-]+$ ]]; then
    echo "acls.sh: $variable holds characters other than letters, digits, - and _" >&2
    return 1
  fi
  echo "$password"
}

for user in $(expanded | awk '{print $1}' | sort -u); do
  password="$(password_of "$user")"
  "$bin/kafka-configs.sh" --bootstrap-server "$bootstrap" ${admin_config[@]+"${admin_config[@]}"} --alter --entity-type users \
    --entity-name "$user" --add-config "SCRAM-SHA-512=[password=$password]" > /dev/null
done
echo "users ready: $(expanded | awk '{print $1}' | sort -u | wc -l)"

# each partner's inbound topic and the dead-letter topic where the gateway puts what it refused from it
for partner in $(partners); do
  "$bin/kafka-topics.sh" --bootstrap-server "$bootstrap" ${admin_config[@]+"${admin_config[@]}"} --create --if-not-exists \
    --topic "talentcharter.partners.inbound.$partner" --partitions 3 --replication-factor "$replication" \
    --config retention.ms=2592000000
  "$bin/kafka-topics.sh" --bootstrap-server "$bootstrap" ${admin_config[@]+"${admin_config[@]}"} --create --if-not-exists \
    --topic "talentcharter.partners.inbound.$partner.dlq" --partitions 1 --replication-factor "$replication" \
    --config retention.ms=2592000000
done

# one kafka-acls call per principal, resource type, pattern and set of operations, naming all its resources
expanded | awk '{key=$1" "$2" "$3" "$4; ops[key]=ops[key]" --operation "$5}
                END {for (k in ops) {split(k, f, " "); group=f[1]" "f[2]" "f[3]" |"ops[k];
                                     names[group]=names[group]" --"f[2]" "f[4]}
                     for (g in names) {split(g, h, "|"); split(h[1], f, " ");
                                       print f[1], f[3], h[2], names[g]}}' |
while read -r principal pattern flags; do
  # shellcheck disable=SC2086 # flags: --operation and --topic/--group/--transactional-id pairs (names have no spaces)
  "$bin/kafka-acls.sh" --bootstrap-server "$bootstrap" ${admin_config[@]+"${admin_config[@]}"} --add \
    --allow-principal "User:$principal" --resource-pattern-type "$pattern" $flags > /dev/null
done
echo "acls ready: $(expanded | wc -l)"
