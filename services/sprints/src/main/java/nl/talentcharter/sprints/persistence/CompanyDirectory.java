package nl.talentcharter.sprints.persistence;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Reads the company read model and keeps the themes members state themselves. */
@Component
public class CompanyDirectory {

    private final MongoTemplate mongo;

    public CompanyDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<CompanyRecord> find(String memberId) {
        return Optional.ofNullable(mongo.findById(memberId, CompanyRecord.class));
    }

    public List<CompanyRecord> active() {
        return mongo.find(Query.query(Criteria.where("membership").is(CompanyRecord.Membership.ACTIVE)),
                CompanyRecord.class);
    }

    /** Replaces the member's stated themes in one single-field update (the read model's other fields stay). */
    public void stateThemes(String memberId, Set<String> themeIds) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(memberId)),
                new Update().set("statedThemes", new TreeSet<>(themeIds)), CompanyRecord.class);
    }
}
