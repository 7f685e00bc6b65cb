package nl.talentcharter.devstack.issuer;

import java.util.Optional;

/**
 * Which member organisation the member demo client belongs to. The id is assigned by the members
 * service when the demo data is seeded, so the issuer looks it up instead of knowing it up front.
 */
@FunctionalInterface
public interface DemoMemberBinding {

    Optional<String> demoMemberId();
}
