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
}
