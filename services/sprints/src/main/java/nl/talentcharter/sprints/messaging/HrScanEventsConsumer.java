package nl.talentcharter.sprints.messaging;

import java.util.function.Consumer;
import nl.talentcharter.contracts.hrscans.HrScanEvents;
import nl.talentcharter.eventkit.inbound.InboundEvent;
import nl.talentcharter.eventkit.inbound.InboundEvents;
import nl.talentcharter.sprints.application.CompanyReadModel;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * Consumer of talentcharter.hr-scans (binding {@code hrScanEvents-in-0}, group {@code sprints}): completed
 * scans feed the inferred interests; every other scan event is skipped.
 */
@Component("hrScanEvents")
public class HrScanEventsConsumer implements Consumer<Message<byte[]>> {

    private final InboundEvents inbound;
    private final CompanyReadModel companies;

    public HrScanEventsConsumer(InboundEvents inbound, CompanyReadModel companies) {
        this.inbound = inbound;
        this.companies = companies;
    }

    @Override
    public void accept(Message<byte[]> message) {
        InboundEvent event = inbound.parse(message);
        if (event.is(HrScanEvents.HR_SCAN_COMPLETED)) {
            companies.scanCompleted(event, inbound.payload(event, HrScanEvents.HR_SCAN_COMPLETED));
        } else {
            companies.skipped(event);
        }
    }
}
