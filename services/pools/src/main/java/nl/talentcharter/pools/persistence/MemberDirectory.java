package nl.talentcharter.pools.persistence;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Reads the local member view. */
@Component
public class MemberDirectory {

    private final MongoTemplate mongo;

    public MemberDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public boolean isActive(String memberId) {
        MemberRecord member = mongo.findById(memberId, MemberRecord.class);
        return member != null && member.isActive();
    }

    /** Suspended or ended, as the members service last told: such a member takes no part in pools. */
    public boolean hasLeftTheCharter(String memberId) {
        MemberRecord member = mongo.findById(memberId, MemberRecord.class);
        return member != null && member.hasLeft();
    }
}
