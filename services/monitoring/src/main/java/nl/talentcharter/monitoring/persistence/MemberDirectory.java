package nl.talentcharter.monitoring.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.talentcharter.contracts.members.MemberProfile;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.contracts.vocabulary.SizeClass;
import nl.talentcharter.eventkit.inbound.IdempotentEffects;
import nl.talentcharter.eventkit.inbound.InboundEvent;
import nl.talentcharter.monitoring.domain.MemberDimensions;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The members' current dimensions, from the members topic. Each profile is applied once per member event
 * (event-kit keeps the member's last applied sequence in the same document), so an older profile replayed
 * after a newer one never wins.
 */
@Component
public class MemberDirectory {

    public static final String COLLECTION = "member_dimensions";

    private final MongoTemplate mongo;
    private final IdempotentEffects effects;

    public MemberDirectory(MongoTemplate mongo, IdempotentEffects effects) {
        this.mongo = mongo;
        this.effects = effects;
    }

    public void profile(InboundEvent event, String memberId, MemberProfile profile) {
        effects.applyOnce(event, COLLECTION, memberId, new Update()
                .set("region", profile.location().region().name())
                .set("sector", profile.sector().name())
                .set("sizeClass", profile.sizeClass().name())
                .set("actionLines", profile.actionLines().stream().map(Enum::name).toList())
                .set("frontRunner", profile.frontRunner()));
    }

    public Optional<MemberDimensions> find(String memberId) {
        return Optional.ofNullable(mongo.findById(memberId, Document.class, COLLECTION)).map(MemberDirectory::dimensions);
    }

    public Map<String, MemberDimensions> all() {
        Map<String, MemberDimensions> members = new HashMap<>();
        mongo.findAll(Document.class, COLLECTION).forEach(d -> {
            if (d.getString("region") != null) {
                MemberDimensions m = dimensions(d);
                members.put(m.memberId(), m);
            }
        });
        return members;
    }

    private static MemberDimensions dimensions(Document d) {
        return new MemberDimensions(d.getString("_id"), Region.valueOf(d.getString("region")),
                Sector.valueOf(d.getString("sector")), SizeClass.valueOf(d.getString("sizeClass")),
                d.getList("actionLines", String.class, List.of()).stream().map(ActionLine::valueOf).toList(),
                Boolean.TRUE.equals(d.getBoolean("frontRunner")));
    }
}
