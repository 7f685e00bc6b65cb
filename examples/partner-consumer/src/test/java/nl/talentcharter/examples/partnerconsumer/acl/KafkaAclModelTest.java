package nl.talentcharter.examples.partnerconsumer.acl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nl.talentcharter.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.TransactionalIdAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ACL model of deploy/kafka/acls.txt on a real broker secured as in docker-compose.yml and deploy/:
 * SASL/SCRAM-SHA-512, the KRaft StandardAuthorizer, nothing allowed that no ACL allows. Users and ACLs
 * come from the same files acls.sh applies; every "cannot" is checked with a client that can do the
 * neighbouring thing, so a refusal is the ACL's doing and not a broken client.
 */
class KafkaAclModelTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    private static SecuredKafka kafka;

    @BeforeAll
    static void securedBroker() {
        kafka = SecuredKafka.get();
    }

    @Test
    void aPartnerReadsWhatAServicePublishedInATransactionUsingAGroupOfItsOwn() throws Exception {
        String marker = "joined-" + UUID.randomUUID();
        try (KafkaProducer<String, String> relay = transactionalProducer("members",
                "eventkit-relay-members-" + UUID.randomUUID() + "-0")) {
            relay.initTransactions();
            relay.beginTransaction();
            relay.send(new ProducerRecord<>(Topics.MEMBERS, "m-1", marker));
            relay.commitTransaction();
        }

        try (KafkaConsumer<String, String> uwv = consumer("partner-uwv", "uwv.dashboard")) {
            uwv.subscribe(List.of(Topics.MEMBERS));
            assertThat(pollUntil(uwv, marker)).isTrue();
        }
    }

    @Test
    void aPartnerCannotReadTheGatewaysInboundTopicNorAnotherPartnersOne() {
        for (String topic : List.of(Topics.PARTNERS_INBOUND, Topics.PARTNERS_INBOUND + ".zuyd",
                Topics.PARTNERS_INBOUND + ".zuyd.dlq", Topics.deadLetter(Topics.MEMBERS))) {
            try (KafkaConsumer<String, String> uwv = consumer("partner-uwv", null)) {
                uwv.assign(List.of(new TopicPartition(topic, 0)));
                uwv.seekToBeginning(uwv.assignment());
                assertThatThrownBy(() -> uwv.poll(WITHIN)).as(topic).isInstanceOf(TopicAuthorizationException.class);
            }
        }
        // the same client reads a public topic: the refusals above are the ACLs', not a broken login
        try (KafkaConsumer<String, String> uwv = consumer("partner-uwv", null)) {
            TopicPartition members = new TopicPartition(Topics.MEMBERS, 0);
            uwv.assign(List.of(members));
            assertThat(uwv.endOffsets(List.of(members))).containsKey(members);
        }
    }

    @Test
    void aPartnerCannotUseAServicesOrAnotherPartnersConsumerGroup() {
        for (String group : List.of("monitoring", "zuyd.dashboard", "uwv")) {
            try (KafkaConsumer<String, String> uwv = consumer("partner-uwv", group)) {
                uwv.subscribe(List.of(Topics.MEMBERS));
                assertThatThrownBy(() -> uwv.poll(WITHIN)).as(group).isInstanceOf(GroupAuthorizationException.class);
            }
        }
    }

    @Test
    void aPartnerWritesItsOwnInboundTopicAndNothingElse() throws Exception {
        try (KafkaProducer<String, String> uwv = producer("partner-uwv")) {
            send(uwv, Topics.PARTNERS_INBOUND + ".uwv", "from partner-uwv");

            for (String topic : List.of(Topics.PARTNERS_INBOUND + ".zuyd", Topics.PARTNERS_INBOUND, Topics.MEMBERS,
                    Topics.deadLetter(Topics.PARTNERS_INBOUND), Topics.PARTNERS_INBOUND + ".uwv.dlq")) {
                assertThat(catchThrowable(() -> send(uwv, topic, "from partner-uwv"))).as(topic)
                        .hasRootCauseInstanceOf(TopicAuthorizationException.class);
            }
        }
        // what uwv wrote, read back by the gateway, which reads every partner's inbound topic
        try (KafkaConsumer<String, String> gateway = consumer("partner-gateway", "partner-gateway-inbound")) {
            gateway.subscribe(List.of(Topics.PARTNERS_INBOUND + ".uwv"));
            assertThat(pollUntil(gateway, "from partner-uwv")).isTrue();
        }
    }

    @Test
    void aPartnerReadsWhatTheGatewayRefusedFromItButNotWhatItRefusedFromOthers() throws Exception {
        String refusal = "refused-" + UUID.randomUUID();
        try (KafkaProducer<String, String> gateway = producer("partner-gateway")) {
            send(gateway, Topics.PARTNERS_INBOUND + ".uwv.dlq", refusal);
            assertThat(catchThrowable(() -> send(gateway, Topics.PARTNERS_INBOUND + ".uwv", "forged by the gateway")))
                    .hasRootCauseInstanceOf(TopicAuthorizationException.class);
        }
        try (KafkaConsumer<String, String> uwv = consumer("partner-uwv", "uwv.refusals")) {
            uwv.subscribe(List.of(Topics.PARTNERS_INBOUND + ".uwv.dlq"));
            assertThat(pollUntil(uwv, refusal)).isTrue();
        }
    }

    @Test
    void aServiceWritesOnlyItsOwnTopicAndOnlyWithItsOwnTransactionalIds() throws Exception {
        try (KafkaProducer<String, String> hrScans = producer("hr-scans")) {
            send(hrScans, Topics.HR_SCANS, "from hr-scans");
            send(hrScans, Topics.deadLetter(Topics.MEMBERS), "dead letter from hr-scans");
            assertThat(catchThrowable(() -> send(hrScans, Topics.MEMBERS, "forged by hr-scans")))
                    .hasRootCauseInstanceOf(TopicAuthorizationException.class);
        }
        try (KafkaProducer<String, String> posingAsPools = transactionalProducer("hr-scans",
                "eventkit-relay-pools-" + UUID.randomUUID() + "-0")) {
            assertThatThrownBy(posingAsPools::initTransactions).isInstanceOf(TransactionalIdAuthorizationException.class);
        }
        try (KafkaConsumer<String, String> sprints = consumer("sprints", "sprints")) {
            sprints.subscribe(List.of(Topics.HR_SCANS));
            assertThat(pollUntil(sprints, "from hr-scans")).isTrue();
        }
    }

    @Test
    void aWrongPasswordIsRefusedAtLogin() {
        Map<String, Object> config = kafka.client("partner-uwv", "not-the-password");
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "uwv.dashboard");
        try (KafkaConsumer<String, String> impostor = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            impostor.subscribe(List.of(Topics.MEMBERS));
            assertThatThrownBy(() -> impostor.poll(WITHIN)).isInstanceOf(SaslAuthenticationException.class);
        }
    }

    private static boolean pollUntil(KafkaConsumer<String, String> consumer, String value) {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(250))) {
                if (value.equals(record.value())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void send(KafkaProducer<String, String> producer, String topic, String value) throws Exception {
        producer.send(new ProducerRecord<>(topic, "k", value)).get(30, TimeUnit.SECONDS);
    }

    private static KafkaProducer<String, String> producer(String user) {
        Map<String, Object> config = kafka.client(user);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 20_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    private static KafkaProducer<String, String> transactionalProducer(String user, String transactionalId) {
        Map<String, Object> config = kafka.client(user);
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    private static KafkaConsumer<String, String> consumer(String user, String group) {
        Map<String, Object> config = kafka.client(user);
        if (group != null) {
            config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        }
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000);
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }
}
