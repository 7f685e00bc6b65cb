package nl.talentcharter.testkit;

import java.util.LinkedHashMap;
import java.util.Map;

/** The Spring properties that point a service at a broker, a store and a token key: one place. */
public final class InfrastructureProperties {

    private InfrastructureProperties() {
    }

    public static Map<String, Object> forServices(String kafkaBootstrapServers, String mongoUri,
            String jwtPublicKeyLocation) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.kafka.bootstrap-servers", kafkaBootstrapServers);
        properties.put("spring.cloud.stream.kafka.binder.brokers", kafkaBootstrapServers);
        properties.put("spring.mongodb.uri", mongoUri);
        if (jwtPublicKeyLocation != null) {
            properties.put("spring.security.oauth2.resourceserver.jwt.public-key-location", jwtPublicKeyLocation);
        }
        return properties;
    }
}
