package nl.talentcharter.members.domain;

/**
 * Another member already has this KvK number. An organisation has one member record for life: one that
 * left joins again through that record (a new membership period), not through a second one.
 */
public class KvkNumberTaken extends RuntimeException {

    private final KvkNumber kvkNumber;
    private final MemberId existingMember;

    public KvkNumberTaken(KvkNumber kvkNumber, MemberId existingMember) {
        super("KvK number " + kvkNumber + " belongs to member " + existingMember
                + (existingMember == null ? "" : "; an organisation that left joins again through that member"));
        this.kvkNumber = kvkNumber;
        this.existingMember = existingMember;
    }

    public KvkNumber kvkNumber() {
        return kvkNumber;
    }

    /** Null when the race that caused the clash left no trace to name. */
    public MemberId existingMember() {
        return existingMember;
    }
}
