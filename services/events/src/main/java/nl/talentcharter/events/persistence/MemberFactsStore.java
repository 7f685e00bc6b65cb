package nl.talentcharter.events.persistence;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.talentcharter.contracts.vocabulary.FirstContactChannel;
import nl.talentcharter.events.domain.MemberFacts;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Reads the member read model ({@link MemberSnapshot}, kept by {@code MemberEventsConsumer}). */
@Component
public class MemberFactsStore {

    private final MongoTemplate mongo;

    public MemberFactsStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The members with these ids, and those whose first contact was one of these events; by member id. */
    public Map<String, MemberFacts> attendingOrCameThrough(Collection<String> memberIds, Collection<String> eventIds) {
        Criteria criteria = new Criteria().orOperator(Criteria.where("_id").in(memberIds),
                Criteria.where("firstContactChannel").is(FirstContactChannel.EVENT)
                        .and("firstContactReference").in(eventIds));
        return mongo.find(Query.query(criteria), MemberSnapshot.class).stream()
                .map(MemberFactsStore::facts)
                .collect(Collectors.toMap(MemberFacts::memberId, Function.identity()));
    }

    private static MemberFacts facts(MemberSnapshot s) {
        return new MemberFacts(s.memberId(), s.legalName(), s.sizeClass(), s.region(), s.joinedOn(),
                s.firstContactChannel(), s.firstContactReference());
    }
}
