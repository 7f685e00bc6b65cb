package nl.talentcharter.eventkit;

import static nl.talentcharter.eventkit.OutboxRoundTripTest.headers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.talentcharter.eventkit.outbox.EventRecorder;
import nl.talentcharter.eventkit.outbox.Outbox;
import nl.talentcharter.eventkit.relay.OutboxRelay;
import nl.talentcharter.eventkit.testapp.Account;
import nl.talentcharter.eventkit.testapp.AccountCommands;
import nl.talentcharter.eventkit.testapp.AccountRepository;
import nl.talentcharter.eventkit.testapp.AmountDeposited;
import nl.talentcharter.eventkit.testapp.LedgerEvents;
import nl.talentcharter.testkit.TestInfrastructure;
import nl.talentcharter.testkit.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A service saves an aggregate document it loaded before the relay published and removed its pending
 * entries (ADR 0025): the state change lands, the removed entries stay removed, nothing is sent twice.
 */
class StaleSaveTest extends EventKitIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    AccountRepository accounts;
    @Autowired
    AccountCommands commands;
    @Autowired
    EventRecorder events;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    OutboxRelay relay;

    @Test
    void aStaleCopySavedAfterTheRelayRemovedItsEntriesSendsNothingTwice() {
        String accountId = "stale-" + UUID.randomUUID();
        try (TopicReader reader = TopicReader.startingNow(TestInfrastructure.get().kafkaBootstrapServers(),
                LedgerEvents.TOPIC)) {
            Account stale = loadedWhilePending(accountId, 5);
            awaitPublishedAndRemoved(accountId);

            stale.deposit(10);
            events.record(stale, LedgerEvents.AMOUNT_DEPOSITED, accountId, new AmountDeposited(accountId, 10));
            accounts.save(stale);

            reader.await(r -> accountId.equals(r.key()) && "2".equals(headers(r).get("ce_sequence")), WAIT);
            // a re-sent event 1 would travel in the same round as event 2, ahead of it in the partition
            List<ConsumerRecord<String, byte[]>> records = reader.drain(Duration.ZERO).stream()
                    .filter(r -> accountId.equals(r.key())).toList();
            assertThat(records).extracting(r -> headers(r).get("ce_sequence")).containsExactly("1", "2");
            assertThat(records).extracting(r -> headers(r).get("ce_id")).doesNotHaveDuplicates();
        }
        awaitPublishedAndRemoved(accountId);
        Account stored = accounts.findById(accountId).orElseThrow();
        assertThat(stored.getBalance()).isEqualTo(15);
        assertThat(stored.getOutbox().lastSequence()).isEqualTo(2);
    }

    @Test
    void aStaleCopySavedWithoutNewEventsWritesNoEntryBack() {
        String accountId = "stale-quiet-" + UUID.randomUUID();
        Account stale = loadedWhilePending(accountId, 5);
        awaitPublishedAndRemoved(accountId);

        stale.deposit(1);
        accounts.save(stale);

        Document stored = raw(accountId);
        assertThat(stored.getLong("balance")).isEqualTo(6);
        assertThat(stored.getLong("version")).isEqualTo(1);
        Document outbox = stored.get(Outbox.FIELD, Document.class);
        assertThat(outbox.getList("entries", Document.class)).isEmpty();
        assertThat(outbox.getLong("lastSequence")).isEqualTo(1);
    }

    @Test
    void aCopyOlderThanAnotherSaveIsRefusedAndChangesNothing() {
        String accountId = "stale-conflict-" + UUID.randomUUID();
        commands.deposit(accountId, 5);
        Account first = accounts.findById(accountId).orElseThrow();
        Account second = accounts.findById(accountId).orElseThrow();
        first.deposit(1);
        events.record(first, LedgerEvents.AMOUNT_DEPOSITED, accountId, new AmountDeposited(accountId, 1));
        accounts.save(first);
        Document afterFirst = raw(accountId);

        second.deposit(100);
        events.record(second, LedgerEvents.AMOUNT_DEPOSITED, accountId, new AmountDeposited(accountId, 100));
        assertThatThrownBy(() -> accounts.save(second)).isInstanceOf(OptimisticLockingFailureException.class);

        Document afterRefusal = raw(accountId);
        assertThat(afterRefusal.getLong("balance")).isEqualTo(6);
        assertThat(afterRefusal.getLong("version")).isEqualTo(afterFirst.getLong("version"));
        assertThat(afterRefusal.get(Outbox.FIELD, Document.class).getLong("lastSequence")).isEqualTo(2);
    }

    @Test
    void aSaveRemovesStateThatBecameNullAsAWholeDocumentSaveWould() {
        String accountId = "cleared-" + UUID.randomUUID();
        commands.deposit(accountId, 5);
        Account account = accounts.findById(accountId).orElseThrow();
        account.holdBy("Maasdal B.V.");
        accounts.save(account);
        assertThat(raw(accountId).getString("holder")).isEqualTo("Maasdal B.V.");

        Account reloaded = accounts.findById(accountId).orElseThrow();
        reloaded.holdBy(null);
        accounts.save(reloaded);

        assertThat(raw(accountId)).doesNotContainKey("holder").containsEntry("balance", 5L);
    }

    /** A copy of the account loaded while its first event was still in the outbox. */
    private Account loadedWhilePending(String accountId, long amount) {
        relay.stop();
        try {
            commands.deposit(accountId, amount);
            Account loaded = accounts.findById(accountId).orElseThrow();
            assertThat(loaded.getOutbox().entries()).hasSize(1);
            return loaded;
        } finally {
            relay.start();
        }
    }

    private void awaitPublishedAndRemoved(String accountId) {
        await().atMost(WAIT).until(() -> raw(accountId).get(Outbox.FIELD, Document.class)
                .getList("entries", Document.class).isEmpty());
    }

    private Document raw(String accountId) {
        return mongo.getCollection("accounts").find(new Document("_id", accountId)).first();
    }
}
