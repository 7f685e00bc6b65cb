package nl.talentcharter.devstack;

import nl.talentcharter.devstack.issuer.DemoClient;
import nl.talentcharter.devstack.issuer.DemoClients;

/** What the devstack prints once it is up: where everything is and how to get a token. */
final class Welcome {

    private Welcome() {
    }

    static String text(DevStack stack) {
        DevStackSettings settings = stack.settings();
        StringBuilder text = new StringBuilder();
        text.append("\n=== Talent Charter devstack is up in ").append(stack.startupTime().toMillis()).append(" ms ===\n");
        for (RunningService service : stack.services()) {
            String url = service.url();
            text.append(String.format("  %-11s API %s   Swagger UI %s/swagger-ui/index.html   health %s/actuator/health%n",
                    service.name(), url, url, url));
        }
        if (stack.services().isEmpty()) {
            text.append("  (no service modules in this build yet)\n");
        }
        text.append(String.format("  %-11s %s/oauth2/token (client credentials), keys %s/oauth2/jwks%n", "issuer",
                settings.issuerUrl(), settings.issuerUrl()));
        text.append(String.format("  %-11s %s%n", "Kafka", stack.kafkaBootstrapServers()));
        text.append(String.format("  %-11s %s%n", "MongoDB", stack.storeUri("<service>")));
        text.append(String.format("  %-11s %s (delete it while stopped to start from scratch)%n", "data", settings.home()));
        text.append("\nA token per role (then: curl -H \"Authorization: Bearer $TOKEN\" http://localhost:")
                .append(settings.servicePorts().getOrDefault("members", 8081)).append("/members):\n");
        for (DemoClient client : DemoClients.ALL) {
            text.append("  # ").append(String.join(",", client.roles())).append(": ").append(client.purpose()).append('\n');
            text.append("  TOKEN=$(").append(client.curl(settings.issuerUrl())).append(")\n");
        }
        text.append("\nCtrl-C stops everything; the data stays in ").append(settings.home()).append('\n');
        return text.toString();
    }
}
