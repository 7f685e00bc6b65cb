package nl.talentcharter.sprints.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.talentcharter.contracts.vocabulary.Region;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What this service knows of one member organisation: membership and profile from talentcharter.members,
 * the completed HR scans' gaps from talentcharter.hr-scans (both applied once per event by event-kit's
 * IdempotentEffects, in single-document updates), and the themes the member said it wants to work on.
 */
@Document(CompanyRecord.COLLECTION)
public class CompanyRecord {

    public static final String COLLECTION = "companies";

    public enum Membership {
        APPLIED, ACTIVE, SUSPENDED, ENDED
    }

    /** The weakest domains of one completed scan. */
    public record CompletedScan(String scanId, Instant completedAt, List<String> weakestDomains) {
    }

    @Id
    String id;
    Membership membership;
    String legalName;
    Region region;
    boolean frontRunner;
    Set<String> statedThemes;
    List<CompletedScan> completedScans;

    public String id() {
        return id;
    }

    public Membership membership() {
        return membership;
    }

    public boolean isActive() {
        return membership == Membership.ACTIVE;
    }

    public String legalName() {
        return legalName;
    }

    public Region region() {
        return region;
    }

    public boolean frontRunner() {
        return frontRunner;
    }

    public Set<String> statedThemes() {
        return statedThemes == null ? Set.of() : statedThemes;
    }

    /** The weakest domains of the latest completed scan; empty without one. */
    public List<String> currentGaps() {
        if (completedScans == null) return List.of();
        return completedScans.stream()
                .max(java.util.Comparator.comparing(CompletedScan::completedAt).thenComparing(CompletedScan::scanId))
                .map(CompletedScan::weakestDomains).orElse(List.of());
    }
}
