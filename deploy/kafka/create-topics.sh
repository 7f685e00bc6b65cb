#!/usr/bin/env bash
# Creates (or leaves alone) every topic of topics.txt. Idempotent: safe on every start.
# Usage: create-topics.sh <bootstrap-servers> [topics-file] [replication-factor]
# On a SASL broker, as the admin: KAFKA_ADMIN_USER and KAFKA_ADMIN_PASSWORD, or KAFKA_COMMAND_CONFIG (admin-client.sh).
set -euo pipefail
bootstrap="$1"
file="${2:-$(dirname "$0")/topics.txt}"
replication="${3:-1}"
kafka_topics="${KAFKA_TOPICS:-/opt/kafka/bin/kafka-topics.sh}"
# shellcheck source=admin-client.sh
. "$(dirname "$0")/admin-client.sh"

grep -Ev '^\s*(#|$)' "$file" | while read -r name partitions configs; do
  args=(--bootstrap-server "$bootstrap" ${admin_config[@]+"${admin_config[@]}"} --create --if-not-exists --topic "$name"
        --partitions "$partitions" --replication-factor "$replication")
  if [ -n "${configs:-}" ] && [ "$configs" != "-" ]; then
    IFS=',' read -ra pairs <<< "$configs"
    for pair in "${pairs[@]}"; do args+=(--config "$pair"); done
  fi
  "$kafka_topics" "${args[@]}"
done
echo "topics ready: $(grep -Evc '^\s*(#|$)' "$file")"
