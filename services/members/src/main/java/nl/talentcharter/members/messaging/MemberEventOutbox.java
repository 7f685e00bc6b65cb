package nl.talentcharter.members.messaging;

import nl.talentcharter.eventkit.outbox.EventRecorder;
import nl.talentcharter.eventkit.outbox.OutboxCarrier;
import nl.talentcharter.members.domain.Member;
import nl.talentcharter.members.domain.MemberEvent;
import org.springframework.stereotype.Component;

/**
 * Puts the events a use case raised into the member document's outbox, in order. Nothing is sent
 * here: the events leave with the document's next save, and the event-kit relay publishes them.
 */
@Component
public class MemberEventOutbox {

    private final EventRecorder recorder;

    public MemberEventOutbox(EventRecorder recorder) {
        this.recorder = recorder;
    }

    public void recordPending(Member member, OutboxCarrier document) {
        for (MemberEvent event : member.pendingEvents()) {
            record(document, member.id().value(), ContractEvents.of(member, event));
        }
    }

    private <T> void record(OutboxCarrier document, String memberId, ContractEvents.Outgoing<T> outgoing) {
        recorder.record(document, outgoing.type(), memberId, outgoing.payload());
    }
}
