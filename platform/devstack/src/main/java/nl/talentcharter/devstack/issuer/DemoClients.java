package nl.talentcharter.devstack.issuer;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The documented demo clients of the local token issuer: one per role (README, "Tokens"). */
public final class DemoClients {

    public static final DemoClient OPERATOR = new DemoClient("operator-cli", "operator-secret",
            List.of("operator"), Set.of(), false, "alliance staff: reads and changes everything");
    public static final DemoClient VIEWER = new DemoClient("viewer-dashboard", "viewer-secret",
            List.of("viewer"), Set.of(), false, "dashboards: read only");
    public static final DemoClient PARTNER = new DemoClient("partner-uwv", "partner-secret",
            List.of("partner"), Set.of("members.read", "events.read", "monitoring.read", "partners.inbound.write"), false,
            "a partner system (UWV) with scopes per topic");
    public static final DemoClient MEMBER = new DemoClient("member-zorggroep-maasdal", "member-secret",
            List.of("member"), Set.of(), true, "a user of the seeded demo member Zorggroep Maasdal (member_id)");

    public static final List<DemoClient> ALL = List.of(OPERATOR, VIEWER, PARTNER, MEMBER);

    private DemoClients() {
    }

    public static Optional<DemoClient> byId(String clientId) {
        return ALL.stream().filter(c -> c.clientId().equals(clientId)).findFirst();
    }
}
