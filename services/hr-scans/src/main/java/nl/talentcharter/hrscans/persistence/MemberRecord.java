package nl.talentcharter.hrscans.persistence;

import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.contracts.vocabulary.SizeClass;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The local read model of one member organisation, built from talentcharter.members only: whether it may
 * get a scan (active) and the grouping its benchmark uses. Written by single-document updates that also
 * record the applied event sequence (event-kit's IdempotentEffects), never by a save of this class.
 */
@Document(MemberRecord.COLLECTION)
public class MemberRecord {

    public static final String COLLECTION = "members";

    /** Membership as the members service last told: APPLIED, ACTIVE, SUSPENDED, ENDED. */
    public enum Membership {
        APPLIED, ACTIVE, SUSPENDED, ENDED
    }

    @Id
    String id;
    Membership membership;
    Integer membershipPeriod;
    String legalName;
    Sector sector;
    Region region;
    SizeClass sizeClass;

    public String id() {
        return id;
    }

    public Membership membership() {
        return membership;
    }

    public String legalName() {
        return legalName;
    }

    public Sector sector() {
        return sector;
    }

    public Region region() {
        return region;
    }

    public SizeClass sizeClass() {
        return sizeClass;
    }

    public boolean isActive() {
        return membership == Membership.ACTIVE;
    }
}
