package nl.talentcharter.pools.messaging;

import java.util.function.Consumer;
import nl.talentcharter.contracts.partners.PartnerEvents;
import nl.talentcharter.eventkit.inbound.InboundEvent;
import nl.talentcharter.eventkit.inbound.InboundEvents;
import nl.talentcharter.eventkit.inbound.InvalidEventException;
import nl.talentcharter.pools.application.PoolWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * Spring Cloud Stream consumer of talentcharter.partners.inbound (binding {@code partnerReferrals-in-0}, group
 * {@code pools}): a partner's TalentReferred, accepted by the partner gateway, becomes a person on offer by that
 * partner (ADR 0108). The partner is the CloudEvents source {@code /partners/<partnerId>}. Events not valid
 * against their schema go to the dead-letter topic at once; a referral the pool's rules refuse (unknown pool
 * or ESCO concept, expired certificate) is retried and then dead-lettered as processing-failed (event-kit),
 * so nothing is dropped silently. Other partner event types are for other services.
 */
@Component("partnerReferrals")
public class PartnerReferralsConsumer implements Consumer<Message<byte[]>> {

    private static final Logger log = LoggerFactory.getLogger(PartnerReferralsConsumer.class);
    private static final String SOURCE_PREFIX = "/partners/";

    private final InboundEvents inbound;
    private final PoolWork work;

    public PartnerReferralsConsumer(InboundEvents inbound, PoolWork work) {
        this.inbound = inbound;
        this.work = work;
    }

    @Override
    public void accept(Message<byte[]> message) {
        InboundEvent event = inbound.parse(message);
        if (!event.is(PartnerEvents.TALENT_REFERRED)) {
            return;
        }
        if (!event.source().startsWith(SOURCE_PREFIX) || event.source().length() == SOURCE_PREFIX.length()) {
            throw new InvalidEventException(InvalidEventException.Reason.MALFORMED_ATTRIBUTE,
                    "a referral's ce_source names the partner as /partners/<partnerId>, not " + event.source());
        }
        String partnerId = event.source().substring(SOURCE_PREFIX.length());
        work.refer(event.id(), partnerId, inbound.payload(event, PartnerEvents.TALENT_REFERRED))
                .ifPresent(t -> log.info("referral {} of partner {} offered as person {} in pool {}", event.id(),
                        partnerId, t.id(), t.state().poolId()));
    }
}
