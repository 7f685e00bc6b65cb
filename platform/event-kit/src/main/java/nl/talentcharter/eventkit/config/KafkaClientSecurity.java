package nl.talentcharter.eventkit.config;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The login and encryption settings of {@code spring.kafka.*} ({@code spring.kafka.security.protocol} and the
 * {@code security.protocol}, {@code sasl.*} and {@code ssl.*} entries of {@code spring.kafka.properties}), for
 * the Kafka clients the kit builds itself. Without them those clients would connect anonymously and a broker
 * that wants SASL (docker-compose.yml, deploy/: ADR 0121) would refuse the relay, re-drives and dead letters.
 * Only these keys are taken: the rest of Boot's client settings (transaction id prefix, serializers, client id)
 * would change what the kit's clients are.
 */
public final class KafkaClientSecurity {

    private KafkaClientSecurity() {
    }

    public static Map<String, Object> from(Environment environment) {
        Map<String, Object> security = new LinkedHashMap<>();
        Binder.get(environment).bind("spring.kafka.properties", Bindable.mapOf(String.class, String.class))
                .ifBound(properties -> properties.forEach((key, value) -> {
                    if (isSecurity(key)) {
                        security.put(key, value);
                    }
                }));
        String protocol = environment.getProperty("spring.kafka.security.protocol");
        if (protocol != null) {
            security.put("security.protocol", protocol);
        }
        return Map.copyOf(security);
    }

    private static boolean isSecurity(String key) {
        return key.equals("security.protocol") || key.startsWith("sasl.") || key.startsWith("ssl.");
    }
}
