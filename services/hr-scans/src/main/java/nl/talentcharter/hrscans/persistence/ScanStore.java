package nl.talentcharter.hrscans.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import nl.talentcharter.hrscans.domain.scan.HrScan;
import nl.talentcharter.hrscans.domain.scan.ScanStatus;
import nl.talentcharter.hrscans.domain.scan.UnknownScan;
import nl.talentcharter.eventkit.outbox.OutboxCarrier;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Loads and saves scans. A save is one single-document write of state plus the events the use case
 * recorded; {@code @Version} turns a concurrent change into an optimistic-locking failure, never a lost
 * update (or a second announcement).
 */
@Component
public class ScanStore {

    private static final String STATUS = ScanDocument.SCAN + ".status";
    private static final String MEMBER = ScanDocument.SCAN + ".memberId";

    private final MongoTemplate mongo;

    public ScanStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A scan with the document it came from (version and outbox), or a new one not stored yet. */
    public static final class Loaded {
        private final ScanDocument document;
        private final HrScan scan;

        private Loaded(ScanDocument document, HrScan scan) {
            this.document = document;
            this.scan = scan;
        }

        public HrScan scan() {
            return scan;
        }

        /** Whether the use case changed anything, so that a no-op writes nothing. */
        public boolean changed() {
            return document == null || !scan.pendingEvents().isEmpty() || !scan.state().equals(document.scan);
        }
    }

    public Loaded load(String scanId) {
        ScanDocument document = mongo.findById(scanId, ScanDocument.class);
        if (document == null) {
            throw new UnknownScan(scanId);
        }
        return new Loaded(document, HrScan.restore(document.scan));
    }

    public Loaded fresh(HrScan scan) {
        return new Loaded(null, scan);
    }

    public void save(Loaded loaded, Instant now, BiConsumer<HrScan, OutboxCarrier> recordEvents) {
        boolean inserting = loaded.document == null;
        ScanDocument document = inserting ? new ScanDocument() : loaded.document;
        document.id = loaded.scan.id();
        document.scan = loaded.scan.state();
        document.updatedAt = now;
        recordEvents.accept(loaded.scan, document);
        if (inserting) {
            mongo.insert(document);
        } else {
            mongo.save(document);
        }
    }

    public List<HrScan> ofMember(String memberId) {
        return find(Query.query(Criteria.where(MEMBER).is(memberId)));
    }

    public List<HrScan> all(String memberId, ScanStatus status) {
        Criteria criteria = new Criteria();
        if (memberId != null) criteria = criteria.and(MEMBER).is(memberId);
        if (status != null) criteria = criteria.and(STATUS).is(status);
        return find(Query.query(criteria));
    }

    /** Ids of the member's scans that are not completed yet. */
    public List<String> openScanIds(String memberId) {
        Query query = Query.query(Criteria.where(MEMBER).is(memberId)
                .and(STATUS).in(ScanStatus.REQUESTED, ScanStatus.SCHEDULED, ScanStatus.IN_PROGRESS));
        query.fields().include("_id");
        return mongo.find(query, ScanDocument.class).stream().map(d -> d.id).toList();
    }

    /** Completed scans without a follow-up whose due date passed and that were not announced yet. */
    public List<String> overdueCandidates(LocalDate today) {
        Query query = Query.query(Criteria.where(STATUS).is(ScanStatus.COMPLETED)
                .and(ScanDocument.SCAN + ".followUpDueOn").lt(today)
                .and(ScanDocument.SCAN + ".overdueAnnouncedOn").is(null));
        query.fields().include("_id");
        return mongo.find(query, ScanDocument.class).stream().map(d -> d.id).toList();
    }

    /** Completed (or closed) scans on one template version: what benchmarks and trends are made of. */
    public List<HrScan> completed(String templateId, Integer templateVersion, String memberId) {
        Criteria criteria = Criteria.where(STATUS).in(ScanStatus.COMPLETED, ScanStatus.CLOSED)
                .and(ScanDocument.SCAN + ".templateId").is(templateId);
        if (templateVersion != null) criteria = criteria.and(ScanDocument.SCAN + ".templateVersion").is(templateVersion);
        if (memberId != null) criteria = criteria.and(MEMBER).is(memberId);
        Query query = Query.query(criteria);
        query.fields().exclude("outbox");
        return find(query);
    }

    private List<HrScan> find(Query query) {
        query.with(Sort.by(Sort.Direction.DESC, ScanDocument.SCAN + ".requestedAt"));
        return mongo.find(query, ScanDocument.class).stream().map(d -> HrScan.restore(d.scan)).toList();
    }
}
