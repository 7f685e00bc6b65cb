package nl.talentcharter.hrscans.persistence;

import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Reads the member read model. */
@Component
public class MemberDirectory {

    private final MongoTemplate mongo;

    public MemberDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<MemberRecord> find(String memberId) {
        return Optional.ofNullable(mongo.findById(memberId, MemberRecord.class));
    }
}
