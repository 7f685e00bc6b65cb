package nl.talentcharter.pools.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The local view of one member organisation, built from talentcharter.members only: whether it may join a
 * pool and ask it for people. Written by single-document updates that also record the applied event
 * sequence (event-kit's IdempotentEffects), never by a save of this class.
 */
@Document(MemberRecord.COLLECTION)
public class MemberRecord {

    public static final String COLLECTION = "members";

    /** Membership as the members service last told. */
    public enum Membership {
        APPLIED, ACTIVE, SUSPENDED, ENDED
    }

    @Id
    String id;
    Membership membership;

    public boolean isActive() {
        return membership == Membership.ACTIVE;
    }

    public boolean hasLeft() {
        return membership == Membership.SUSPENDED || membership == Membership.ENDED;
    }
}
