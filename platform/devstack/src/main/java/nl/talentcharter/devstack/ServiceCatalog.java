package nl.talentcharter.devstack;

import java.util.List;
import java.util.Optional;

/**
 * Every service of the platform, in one place. Adding a service to the devstack is one line here
 * (plus its jar as a dependency of this module); ports follow docs/conventions.md.
 */
public final class ServiceCatalog {

    public static final List<ServiceDefinition> ALL = List.of(
            new ServiceDefinition("members", "nl.talentcharter.members.MembersApplication", 8081, "members"),
            new ServiceDefinition("hr-scans", "nl.talentcharter.hrscans.HrScansApplication", 8082, "hr-scans"),
            new ServiceDefinition("sprints", "nl.talentcharter.sprints.SprintsApplication", 8083, "sprints"),
            new ServiceDefinition("events", "nl.talentcharter.events.EventsApplication", 8084, "events"),
            new ServiceDefinition("pools", "nl.talentcharter.pools.PoolsApplication", 8085, "pools"),
            new ServiceDefinition("monitoring", "nl.talentcharter.monitoring.MonitoringApplication", 8086, "monitoring"),
            new ServiceDefinition("partner-gateway", "nl.talentcharter.partnergateway.PartnerGatewayApplication", 8087,
                    "partner-gateway"));

    private ServiceCatalog() {
    }

    /** The services whose code is on the classpath, in catalog order. */
    public static List<ServiceDefinition> present() {
        return ALL.stream().filter(ServiceDefinition::isPresent).toList();
    }

    public static Optional<ServiceDefinition> named(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
