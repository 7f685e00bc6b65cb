package nl.talentcharter.monitoring.application;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.talentcharter.contracts.monitoring.KpiSnapshot;
import nl.talentcharter.contracts.monitoring.MonitoringEvents;
import nl.talentcharter.eventkit.outbox.EventRecorder;
import nl.talentcharter.eventkit.outbox.Outbox;
import nl.talentcharter.monitoring.domain.CellsMoved;
import nl.talentcharter.monitoring.domain.Cut;
import nl.talentcharter.monitoring.domain.Fact;
import nl.talentcharter.monitoring.domain.MemberDimensions;
import nl.talentcharter.monitoring.domain.Kpi;
import nl.talentcharter.monitoring.domain.KpiCalculator;
import nl.talentcharter.monitoring.domain.KpiValue;
import nl.talentcharter.monitoring.domain.Period;
import nl.talentcharter.monitoring.persistence.FactLog;
import nl.talentcharter.monitoring.persistence.KpiCellDocument;
import nl.talentcharter.monitoring.persistence.MemberDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Recomputes KPI cells and, for each whose figure changed, records a {@link KpiSnapshot} in the cell's own
 * outbox (event-kit relays it to the compacted KPI topic). A cell whose figure did not change announces
 * nothing, so recomputing is always safe: after a duplicate, a replay or a crash half-way.
 */
@Service
public class KpiSnapshots {

    private static final Logger log = LoggerFactory.getLogger(KpiSnapshots.class);
    private static final int ATTEMPTS = 5;
    private static final int MAX_CELLS_BY_ID = 300;

    private final FactLog facts;
    private final MemberDirectory members;
    private final MongoTemplate mongo;
    private final EventRecorder recorder;
    private final Clock clock;
    private final KpiGauges gauges;

    public KpiSnapshots(FactLog facts, MemberDirectory members, MongoTemplate mongo, EventRecorder recorder, Clock clock,
            KpiGauges gauges) {
        this.facts = facts;
        this.members = members;
        this.mongo = mongo;
        this.recorder = recorder;
        this.clock = clock;
        this.gauges = gauges;
    }

    /** What a refresh did: how many periods and cuts it covered, how many cells changed (and were announced). */
    public record Refreshed(int periods, int cuts, int changed) {
    }

    /** Brings every KPI's cells that {@code moved} names up to date. */
    public Refreshed refresh(CellsMoved moved) {
        for (int attempt = 1; ; attempt++) {
            try {
                return refreshOnce(moved);
            } catch (OptimisticLockingFailureException concurrentRefresh) {
                // another instance announced a newer figure of the same cell: recompute
                if (attempt == ATTEMPTS) {
                    throw concurrentRefresh;
                }
            }
        }
    }

    private Refreshed refreshOnce(CellsMoved moved) {
        long began = System.nanoTime();
        List<Fact> all = facts.all();
        Map<String, MemberDimensions> dimensions = members.all();
        long read = System.nanoTime();
        CellsMoved.Cells scope = moved.in(all, dimensions, this::periodsFor);
        Collection<Period> periods = scope.periods();
        Collection<Cut> cuts = scope.cuts();
        long scoped = System.nanoTime();
        KpiCalculator calculator = new KpiCalculator(all, dimensions);
        Map<String, KpiValue> values = new HashMap<>();
        for (Kpi kpi : Kpi.values()) {
            for (Period period : periods) {
                for (Cut cut : cuts) {
                    // the figure only: a snapshot carries no event ids, and collecting them for every cell was most of a round
                    KpiValue value = calculator.figure(kpi, period, cut);
                    values.put(value.key(), value);
                }
            }
        }
        long computed = System.nanoTime();
        Map<String, KpiCellDocument> cells = new HashMap<>();
        // a long id list is matched against every cell by the embedded store (no index use for $in): past a few
        // hundred cells, reading them all is cheaper there and costs real MongoDB one scan of a bounded collection
        Query which = values.size() > MAX_CELLS_BY_ID ? new Query() : new Query(Criteria.where("_id").in(values.keySet()));
        // without the snapshots still waiting for the relay: a save only appends after the stored last sequence
        which.fields().exclude(Outbox.FIELD + ".entries");
        List<KpiCellDocument> stored = mongo.find(which.cursorBatchSize(1_000), KpiCellDocument.class);
        stored.stream().filter(cell -> values.containsKey(cell.getId())).forEach(cell -> cells.put(cell.getId(), cell));
        long loaded = System.nanoTime();
        int changed = 0;
        // each cell's key once (it formats the period's code): asking the value for it per use was a tenth of a round
        for (Map.Entry<String, KpiValue> entry : values.entrySet()) {
            String key = entry.getKey();
            KpiValue value = entry.getValue();
            KpiCellDocument known = cells.get(key);
            // a cell never announced is announced once it has data; a known one when its figure changed
            if (known == null ? value.units() == 0 : known.shows(value.value(), value.units())) {
                continue;
            }
            KpiCellDocument cell = known == null ? new KpiCellDocument(key) : known;
            cell.show(value.value(), value.units());
            recorder.record(cell, MonitoringEvents.KPI_SNAPSHOT, key, snapshot(key, value));
            mongo.save(cell);
            changed++;
        }
        gauges.offer(values.values());
        // where a round's time goes, to tell the figures' cost from the store's (ADR 0128)
        log.debug("refreshed {} cells from {} facts: read in {} ms, scoped in {} ms, computed in {} ms, stored cells "
                + "loaded in {} ms, {} changed and saved in {} ms", values.size(), all.size(), millis(began, read),
                millis(read, scoped), millis(scoped, computed), millis(computed, loaded), changed,
                millis(loaded, System.nanoTime()));
        return new Refreshed(periods.size(), cuts.size(), changed);
    }

    private static long millis(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1_000_000;
    }

    private KpiSnapshot snapshot(String key, KpiValue value) {
        return new KpiSnapshot(key, value.kpi().id(), value.period().code(), value.period().type(),
                value.cut().dimension(), value.cut().value(), value.value(), value.kpi().unit(), value.units(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
    }

    /** The periods an event on {@code day} can change: its own, and the current ones (the active count moves on). */
    public List<Period> periodsFor(java.time.LocalDate day) {
        java.util.LinkedHashSet<Period> periods = new java.util.LinkedHashSet<>(Period.containing(day));
        periods.addAll(Period.containing(java.time.LocalDate.now(clock)));
        return List.copyOf(periods);
    }
}
