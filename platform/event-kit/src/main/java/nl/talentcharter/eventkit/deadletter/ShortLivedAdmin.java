package nl.talentcharter.eventkit.deadletter;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** The admin client for one quick question to the broker (which dead-letter topics exist, create one). */
final class ShortLivedAdmin {

    private ShortLivedAdmin() {
    }

    static Admin open(String bootstrapServers, Map<String, Object> clientSecurity) {
        Map<String, Object> config = new HashMap<>(clientSecurity);
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        // the client refuses to start when its API timeout is shorter than its request timeout (30 s by default)
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        return Admin.create(config);
    }
}
