package nl.talentcharter.members.persistence;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * Creates the unique KvK index before the service takes requests, rather than relying on lazy
 * auto-index creation: uniqueness must hold from the first insert. A single-field unique index is
 * enforced by MongoDB and by the embedded store alike (ADR 0041).
 */
@Component
class MemberIndexes implements InitializingBean {

    static final String KVK_INDEX = "kvkNumber_unique";

    private final MongoTemplate mongo;

    MemberIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(MemberDocument.class)
                .createIndex(new Index("kvkNumber", Sort.Direction.ASC).unique().named(KVK_INDEX));
    }
}
