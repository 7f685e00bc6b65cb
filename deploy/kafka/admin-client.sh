# Sourced by the scripts here: the admin client's settings for a broker that wants SASL/SCRAM-SHA-512.
# KAFKA_COMMAND_CONFIG names a ready client properties file; otherwise KAFKA_ADMIN_USER and
# KAFKA_ADMIN_PASSWORD make one (in a private temporary file); with neither, the broker is plaintext.
admin_config=()
if [ -n "${KAFKA_COMMAND_CONFIG:-}" ]; then
  admin_config=(--command-config "$KAFKA_COMMAND_CONFIG")
elif [ -n "${KAFKA_ADMIN_USER:-}" ]; then
  KAFKA_COMMAND_CONFIG="$(mktemp)"
  chmod 600 "$KAFKA_COMMAND_CONFIG"
  cat > "$KAFKA_COMMAND_CONFIG" <<PROPERTIES
security.protocol=${KAFKA_SECURITY_PROTOCOL:-SASL_PLAINTEXT}
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="${KAFKA_ADMIN_USER}" password="${KAFKA_ADMIN_PASSWORD:?KAFKA_ADMIN_PASSWORD is required with KAFKA_ADMIN_USER}";
PROPERTIES
  admin_config=(--command-config "$KAFKA_COMMAND_CONFIG")
fi
