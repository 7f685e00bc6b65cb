package nl.talentcharter.partnergateway.web;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.message.MessageReader;
import io.cloudevents.http.HttpMessageFactory;
import io.cloudevents.rw.CloudEventRWException;
import nl.talentcharter.partnergateway.application.InboundGate;
import nl.talentcharter.partnergateway.application.InboundGate.Accepted;
import nl.talentcharter.partnergateway.domain.InboundMessage;
import nl.talentcharter.partnergateway.domain.MessageRejected;
import nl.talentcharter.partnergateway.domain.Rejection;
import nl.talentcharter.partnergateway.domain.Scopes;
import nl.talentcharter.servicekit.problem.ProblemException;
import nl.talentcharter.servicekit.security.Caller;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /inbound}: a partner publishes one CloudEvent over HTTP, in binary mode ({@code ce-*} headers, the
 * payload as body) or structured mode ({@code application/cloudevents+json}). 202 once it is stored for relay;
 * every refusal is a problem and leaves nothing behind.
 */
@RestController
class InboundController {

    /** A partner message is a referral or an announcement, a few KiB; anything near this is a mistake or an attack. */
    static final int MAX_BODY_BYTES = 256 * 1024;

    private final InboundGate gate;

    InboundController(InboundGate gate) {
        this.gate = gate;
    }

    @PostMapping("/inbound")
    ResponseEntity<Accepted> publish(Caller caller, @RequestHeader HttpHeaders headers,
            @RequestBody(required = false) byte[] body) {
        Partners.requirePartner(caller);
        if (body != null && body.length > MAX_BODY_BYTES) {
            throw new ProblemException(413, "payload-too-large", "a partner message has at most " + MAX_BODY_BYTES
                    + " bytes, this one " + body.length);
        }
        Accepted accepted = gate.accept(Partners.of(caller), type -> caller.hasScope(Scopes.toPublish(type)),
                read(headers, body), "http");
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(accepted);
    }

    private static InboundMessage read(HttpHeaders headers, byte[] body) {
        CloudEvent event;
        try {
            MessageReader reader = HttpMessageFactory.createReader(
                    each -> headers.forEach((name, values) -> values.forEach(value -> each.accept(name, value))),
                    body == null ? new byte[0] : body);
            event = reader.toEvent();
        } catch (CloudEventRWException | IllegalStateException | IllegalArgumentException e) {
            throw new MessageRejected(Rejection.MALFORMED, "not a CloudEvent in HTTP binary or structured mode: "
                    + e.getMessage());
        }
        return new InboundMessage(event.getId(), event.getSource() == null ? null : event.getSource().toString(),
                event.getType(), event.getSubject(), event.getTime() == null ? null : event.getTime().toInstant(),
                event.getDataSchema() == null ? null : event.getDataSchema().toString(), event.getDataContentType(),
                event.getData() == null ? null : event.getData().toBytes());
    }
}
