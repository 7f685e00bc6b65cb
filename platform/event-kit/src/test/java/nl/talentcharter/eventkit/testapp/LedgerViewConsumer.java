package nl.talentcharter.eventkit.testapp;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.util.Map;
import java.util.Set;
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
 * The test service's Spring Cloud Stream consumer, bound as {@code ledger-in-0}. Two test levers: amount
 * 13 fails twice before it succeeds (a transient failure retried away), and an account made
 * {@link #unavailable} fails every time (a transient failure that outlasts its retries).
 */
@Component("ledger")
public class LedgerViewConsumer implements Consumer<Message<byte[]>> {

    public static final long FLAKY_AMOUNT = 13;

    private final InboundEvents inbound;
    private final IdempotentEffects effects;
    private final ObjectProvider<Tracer> tracer;
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final Set<String> unavailable = ConcurrentHashMap.newKeySet();

    public LedgerViewConsumer(InboundEvents inbound, IdempotentEffects effects, ObjectProvider<Tracer> tracer) {
        this.inbound = inbound;
        this.effects = effects;
        this.tracer = tracer;
    }

    public void unavailable(String accountId, boolean down) {
        if (down) {
            unavailable.add(accountId);
        } else {
            unavailable.remove(accountId);
        }
    }

    @Override
    public void accept(Message<byte[]> message) {
        InboundEvent event = inbound.parse(message);
        if (!event.is(LedgerEvents.AMOUNT_DEPOSITED)) {
            return;
        }
        AmountDeposited deposited = inbound.payload(event, LedgerEvents.AMOUNT_DEPOSITED);
        int attempt = attempts.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
        if (unavailable.contains(deposited.accountId()) || (deposited.amount() == FLAKY_AMOUNT && attempt <= 2)) {
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
