package nl.talentcharter.monitoring.persistence;

import nl.talentcharter.eventkit.outbox.Outbox;
import nl.talentcharter.eventkit.outbox.OutboxCarrier;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The last published value of one KPI cell and, in the same document, the snapshot events not yet relayed
 * to the compacted KPI topic: a changed figure and its announcement are one write.
 */
@Document(KpiCellDocument.COLLECTION)
public class KpiCellDocument implements OutboxCarrier {

    public static final String COLLECTION = "kpi_cells";

    @Id
    private String id;
    @Version
    private Long version;
    private double value;
    private long units;
    private Outbox outbox = new Outbox();

    protected KpiCellDocument() {
    }

    public KpiCellDocument(String id) {
        this.id = id;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public Outbox getOutbox() {
        return outbox;
    }

    public boolean shows(double value, long units) {
        return version != null && this.value == value && this.units == units;
    }

    public void show(double value, long units) {
        this.value = value;
        this.units = units;
    }
}
