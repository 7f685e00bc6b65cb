package nl.talentcharter.eventkit.testapp;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import nl.talentcharter.eventkit.inbound.IdempotentEffects;
import nl.talentcharter.eventkit.inbound.InboundEvent;
import nl.talentcharter.eventkit.inbound.InboundEvents;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * The test service's Spring Cloud Stream consumer, bound as {@code ledger-in-0}. Two amounts are
 * test levers: 13 fails twice before it succeeds (a transient failure retried away), 666 always fails
 * (a transient failure that outlasts its retries).
 */
@Component("ledger")
public class LedgerViewConsumer implements Consumer<Message<byte[]>> {

    public static final long FLAKY_AMOUNT = 13;
    public static final long BROKEN_AMOUNT = 666;

    private final InboundEvents inbound;
    private final IdempotentEffects effects;
    private final ObjectProvider<Tracer> tracer;
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    public LedgerViewConsumer(InboundEvents inbound, IdempotentEffects effects, ObjectProvider<Tracer> tracer) {
        this.inbound = inbound;
        this.effects = effects;
        this.tracer = tracer;
    }

    @Override
    public void accept(Message<byte[]> message) {
        InboundEvent event = inbound.parse(message);
        if (!event.is(LedgerEvents.AMOUNT_DEPOSITED)) {
            return;
        }
        AmountDeposited deposited = inbound.payload(event, LedgerEvents.AMOUNT_DEPOSITED);
        int attempt = attempts.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
        if (deposited.amount() == BROKEN_AMOUNT || (deposited.amount() == FLAKY_AMOUNT && attempt <= 2)) {
            throw new IllegalStateException("ledger view temporarily unavailable (attempt " + attempt + ")");
        }
        Update effect = new Update().inc("total", deposited.amount()).inc("deposits", 1)
                .push("sequences", event.sequence());
        Span span = tracer.getIfAvailable() == null ? null : tracer.getObject().currentSpan();
        if (span != null) {
            effect.set("lastTraceId", span.context().traceId());
        }
        effects.applyOnce(event, AccountView.class, deposited.accountId(), effect);
    }
}
