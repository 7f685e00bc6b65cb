package nl.talentcharter.devstack.issuer;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The documented demo clients of the local token issuer: one per role, three partners (README, "Tokens"). */
public final class DemoClients {

    public static final DemoClient OPERATOR = new DemoClient("operator-cli", "operator-secret",
            List.of("operator"), Set.of(), false, "alliance staff: reads and changes everything");
    public static final DemoClient VIEWER = new DemoClient("viewer-dashboard", "viewer-secret",
            List.of("viewer"), Set.of(), false, "dashboards: read only");
    /** UWV: reads members, events, pools and KPIs; refers job seekers into pools (partner id {@code uwv}). */
    public static final DemoClient PARTNER = new DemoClient("partner-uwv", "partner-secret",
            List.of("partner"), Set.of("members.read", "events.read", "pools.read", "monitoring.read",
                    "partners.talent-referred.write"), false,
            "a partner system (UWV) with scopes per topic; publishes talent referrals");
    /** Zuyd Hogeschool: announces courses and traineeships (partner id {@code zuyd}). */
    public static final DemoClient PARTNER_ZUYD = new DemoClient("partner-zuyd", "zuyd-secret",
            List.of("partner"), Set.of("events.read", "sprints.read", "monitoring.read", "partners.course-announced.write"),
            false, "an education institution (Zuyd Hogeschool); publishes courses and traineeships");
    /** The labour-market region Zuid-Limburg: reports work-to-work cases (partner id {@code region-zuid}). */
    public static final DemoClient PARTNER_REGION_ZUID = new DemoClient("partner-region-zuid", "region-zuid-secret",
            List.of("partner"), Set.of("members.read", "hr-scans.read", "monitoring.read",
                    "partners.work-to-work-case-reported.write"),
            false, "a labour-market region (Zuid-Limburg); publishes work-to-work cases");
    public static final DemoClient MEMBER = new DemoClient("member-zorggroep-maasdal", "member-secret",
            List.of("member"), Set.of(), true, "a user of the seeded demo member Zorggroep Maasdal (member_id)");

    public static final List<DemoClient> ALL = List.of(OPERATOR, VIEWER, PARTNER, PARTNER_ZUYD, PARTNER_REGION_ZUID, MEMBER);

    private DemoClients() {
    }

    public static Optional<DemoClient> byId(String clientId) {
        return ALL.stream().filter(c -> c.clientId().equals(clientId)).findFirst();
    }
}
