package nl.talentcharter.members.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.talentcharter.contracts.vocabulary.OrganisationKind;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.eventkit.relay.OutboxRelay;
import nl.talentcharter.members.domain.Actor;
import nl.talentcharter.members.domain.KvkNumber;
import nl.talentcharter.members.domain.Location;
import nl.talentcharter.members.domain.Member;
import nl.talentcharter.members.domain.MemberId;
import nl.talentcharter.members.domain.Municipality;
import nl.talentcharter.members.domain.OrganisationProfile;
import nl.talentcharter.members.messaging.MemberEventOutbox;
import nl.talentcharter.members.persistence.MemberDocument;
import nl.talentcharter.members.persistence.MemberStore;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The relay removes published entries with a {@code $pull} while a use case may hold the same document,
 * loaded just before. Saving that use case must not write the published entry back (it would go out
 * twice). The relay is paused so the interleaving is exact, and the pull is the relay's own.
 */
class RelayRaceTest extends MembersIntegrationTest {

    @Autowired
    MemberStore store;
    @Autowired
    MemberEventOutbox outbox;
    @Autowired
    OutboxRelay relay;

    @Test
    void a_save_after_the_relay_published_appends_only_its_own_events() {
        Actor actor = new Actor("operator-race");
        Member member = Member.register(MemberId.random(), new OrganisationProfile("Race B.V.",
                new KvkNumber(freshKvk()), OrganisationKind.EMPLOYER, null, Sector.RETAIL, 8,
                Location.inLimburg(Municipality.BEESEL), Set.of()), false, null, actor, Instant.now());
        String id = member.id().value();
        relay.stop();
        try {
            store.save(store.fresh(member), Instant.now(), outbox::recordPending);
            MemberStore.Loaded loaded = store.load(member.id());
            // the relay publishes MemberJoined and pulls it, between our load and our save
            mongo.getCollection(MemberDocument.COLLECTION).updateOne(Filters.eq("_id", id),
                    Updates.pull("outbox.entries", Filters.eq("sequence", 1L)));

            loaded.member().suspend("fee unpaid", actor, Instant.now());
            store.save(loaded, Instant.now(), outbox::recordPending);

            Document stored = rawMember(id);
            Document storedOutbox = stored.get("outbox", Document.class);
            List<Document> entries = storedOutbox.getList("entries", Document.class);
            assertThat(entries).extracting(e -> e.get("sequence", Number.class).longValue()).containsExactly(2L);
            assertThat(storedOutbox.get("lastSequence", Number.class).longValue()).isEqualTo(2L);
            assertThat(stored.getString("status")).isEqualTo("SUSPENDED");
            assertThat(stored.get("version", Number.class).longValue()).isEqualTo(1L);
        } finally {
            relay.start();
        }
    }

    @Test
    void a_save_from_a_stale_copy_is_refused_and_changes_nothing() {
        String id = registerMember(freshKvk());
        MemberStore.Loaded first = store.load(new MemberId(id));
        MemberStore.Loaded second = store.load(new MemberId(id));
        first.member().suspend("fee unpaid", new Actor("a"), Instant.now());
        store.save(first, Instant.now(), outbox::recordPending);
        Document afterFirst = rawMember(id);

        second.member().end("left", new Actor("b"), Instant.now());
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> store.save(second, Instant.now(), outbox::recordPending))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
        Document now = rawMember(id);
        assertThat(now.getString("status")).isEqualTo("SUSPENDED");
        assertThat(now.get("version")).isEqualTo(afterFirst.get("version"));
    }
}
