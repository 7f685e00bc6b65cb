package nl.talentcharter.monitoring.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.talentcharter.contracts.Topics;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.contracts.vocabulary.SizeClass;
import nl.talentcharter.monitoring.application.KpiAnnouncer;
import nl.talentcharter.monitoring.persistence.FactLog;
import nl.talentcharter.testkit.TestInfrastructure;
import nl.talentcharter.testkit.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A fact recorded by a version before ADR 0123 carries {@code announced: false} instead of a note. The announcer
 * takes such facts over when it starts, so their cells are announced like any other; nothing an earlier version
 * recorded stays unannounced after an upgrade.
 */
class LegacyFlaggedFactsTest extends MonitoringIntegrationTest {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    KpiAnnouncer announcer;

    @Test
    void aFactAnEarlierVersionLeftUnannouncedIsAnnouncedAfterTheTakeOver() {
        String key = "members.joined/2073MM03/ALL";
        String legacyFact = null;
        try (TopicReader reader = TopicReader.fromBeginning(TestInfrastructure.get().kafkaBootstrapServers(),
                Topics.MONITORING_KPI)) {
            String joined = join(newId(), LocalDate.of(2073, 3, 5),
                    profile(Region.MIDDEN_LIMBURG, Sector.CARE, SizeClass.SME, false, ActionLine.RETAIN));
            reader.await(r -> key.equals(r.key()) && value(r) == 1, TIMEOUT);

            // what an earlier version left behind: a second joining, recorded with its flag still false and no note
            Document recorded = mongo.getCollection(FactLog.COLLECTION).find(new Document("_id", joined)).first();
            assertThat(recorded).isNotNull();
            String otherMember = newId();
            legacyFact = newId();
            recorded.put("_id", legacyFact);
            recorded.put("memberId", otherMember);
            recorded.put("subject", otherMember);
            recorded.put("announced", false);
            mongo.getCollection(FactLog.COLLECTION).insertOne(recorded);

            // the takeover runs when the announcer starts, as after an upgrade: a restart of its lifecycle
            announcer.stop();
            announcer.start();

            ConsumerRecord<String, byte[]> announced = reader.await(r -> key.equals(r.key()) && value(r) == 2, TIMEOUT);
            assertThat(value(announced)).isEqualTo(2);
            assertThat(mongo.getCollection(FactLog.COLLECTION).countDocuments(new Document("announced", false)))
                    .isZero();
        } finally {
            // the made-up fact is on no topic: left in the shared store, a rebuild (RebuildTest) could never match it
            if (legacyFact != null) {
                mongo.getCollection(FactLog.COLLECTION).deleteOne(new Document("_id", legacyFact));
            }
        }
    }

    private static double value(ConsumerRecord<String, byte[]> record) {
        return JSON.readTree(record.value()).path("value").asDouble();
    }
}
