#!/usr/bin/env bash
# Starts the single KRaft node of docker-compose.yml (image apache/kafka) with SASL/SCRAM-SHA-512 on both
# client listeners and the StandardAuthorizer (ACLs: acls.sh). KRaft keeps SCRAM credentials in its metadata
# log, so the admin's credential is written when the storage is formatted, on the very first start; every
# other user is created by acls.sh over the network, as that admin.
#
# Environment: KAFKA_CLUSTER_ID, KAFKA_ADMIN_USER (default admin), KAFKA_ADMIN_PASSWORD,
# KAFKA_ADVERTISED_LISTENERS (default INTERNAL://kafka:19092,EXTERNAL://localhost:9092), KAFKA_LOG_DIRS;
# for a run outside the image (ComposeKafkaScriptsTest): KAFKA_HOME, KAFKA_CONFIG_DIR and the three ports.
# A data volume formatted before SASL was turned on has no admin credential: remove it once (docker compose down -v).
set -euo pipefail
admin="${KAFKA_ADMIN_USER:-admin}"
password="${KAFKA_ADMIN_PASSWORD:?KAFKA_ADMIN_PASSWORD is required}"
log_dirs="${KAFKA_LOG_DIRS:-/var/lib/kafka/data}"
config="${KAFKA_CONFIG_DIR:-/tmp/kafka-config}"
bin="${KAFKA_HOME:-/opt/kafka}/bin"
internal_port="${KAFKA_INTERNAL_PORT:-19092}"
external_port="${KAFKA_EXTERNAL_PORT:-9092}"
controller_port="${KAFKA_CONTROLLER_PORT:-9093}"
mkdir -p "$config"
chmod 700 "$config"
jaas="org.apache.kafka.common.security.scram.ScramLoginModule required username=\"$admin\" password=\"$password\";"

cat > "$config/server.properties" <<PROPERTIES
process.roles=broker,controller
node.id=1
# the controller listener is plaintext but bound to the loopback address: only this container reaches it.
# The broker calls its own controller there as User:ANONYMOUS, hence that super user; the SASL
# listeners never yield ANONYMOUS, so no client gets its rights.
controller.quorum.voters=1@127.0.0.1:$controller_port
controller.listener.names=CONTROLLER
listeners=INTERNAL://:$internal_port,EXTERNAL://:$external_port,CONTROLLER://127.0.0.1:$controller_port
advertised.listeners=${KAFKA_ADVERTISED_LISTENERS:-INTERNAL://kafka:19092,EXTERNAL://localhost:9092}
listener.security.protocol.map=INTERNAL:SASL_PLAINTEXT,EXTERNAL:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=INTERNAL
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.internal.scram-sha-512.sasl.jaas.config=$jaas
listener.name.external.scram-sha-512.sasl.jaas.config=$jaas
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
allow.everyone.if.no.acl.found=false
super.users=User:$admin;User:ANONYMOUS
log.dirs=$log_dirs
num.partitions=3
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
# topics come from topics.txt (create-topics.sh) and partners.txt (acls.sh), not by accident
auto.create.topics.enable=false
PROPERTIES

# what the health check and the operator's tools in this container log in with
cat > "$config/admin-client.properties" <<PROPERTIES
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=$jaas
PROPERTIES
chmod 600 "$config/server.properties" "$config/admin-client.properties"

"$bin/kafka-storage.sh" format --ignore-formatted -t "${KAFKA_CLUSTER_ID:?KAFKA_CLUSTER_ID is required}" \
  -c "$config/server.properties" --add-scram "SCRAM-SHA-512=[name=$admin,password=$password]"
exec "$bin/kafka-server-start.sh" "$config/server.properties"
