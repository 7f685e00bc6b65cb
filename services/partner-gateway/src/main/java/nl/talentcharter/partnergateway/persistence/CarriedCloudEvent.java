package nl.talentcharter.partnergateway.persistence;

/**
 * The CloudEvent attributes a gateway document keeps so that it can send the event on later, unchanged: an
 * accepted partner message to relay, a public event to deliver by webhook. Stored as plain fields of the
 * document (no nesting), under the same names in both collections. The time is not here: an accepted message
 * keeps it as an instant, a delivery as the text it arrived with.
 */
public abstract class CarriedCloudEvent {

    private String eventId;
    private String source;
    private String type;
    private String subject;
    private String dataschema;
    private String data;

    protected CarriedCloudEvent() {
    }

    protected CarriedCloudEvent(String eventId, String source, String type, String subject, String dataschema,
            String data) {
        this.eventId = eventId;
        this.source = source;
        this.type = type;
        this.subject = subject;
        this.dataschema = dataschema;
        this.data = data;
    }

    public String getEventId() {
        return eventId;
    }

    public String getSource() {
        return source;
    }

    public String getType() {
        return type;
    }

    public String getSubject() {
        return subject;
    }

    public String getDataschema() {
        return dataschema;
    }

    public String getData() {
        return data;
    }
}
