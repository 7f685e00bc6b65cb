package nl.talentcharter.hrscans.application;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.talentcharter.hrscans.domain.insight.Benchmark;
import nl.talentcharter.hrscans.domain.insight.DomainTrend;
import nl.talentcharter.hrscans.domain.insight.PeerBenchmark;
import nl.talentcharter.hrscans.domain.insight.PeerScore;
import nl.talentcharter.hrscans.domain.insight.Trend;
import nl.talentcharter.hrscans.domain.scan.HrScan;
import nl.talentcharter.hrscans.domain.scan.ScanRefused;
import nl.talentcharter.hrscans.domain.template.ScanTemplate;
import nl.talentcharter.hrscans.domain.template.TemplateCatalog;
import nl.talentcharter.hrscans.persistence.MemberDirectory;
import nl.talentcharter.hrscans.persistence.MemberRecord;
import nl.talentcharter.hrscans.persistence.ScanStore;
import org.springframework.stereotype.Service;

/** Builds the report of a completed scan: improvement areas, trend and peer benchmark. */
@Service
public class ScanInsights {

    static final int IMPROVEMENT_AREAS = 3;

    private final ScanStore store;
    private final TemplateCatalog templates;
    private final MemberDirectory members;

    public ScanInsights(ScanStore store, TemplateCatalog templates, MemberDirectory members) {
        this.store = store;
        this.templates = templates;
        this.members = members;
    }

    public ScanReport report(HrScan scan) {
        HrScan.State state = scan.state();
        if (state.result() == null) {
            throw new ScanRefused("scan-not-completed", state.status(),
                    "scan " + state.id() + " has no scores yet: complete it first");
        }
        ScanTemplate template = templates.get(state.templateId(), state.templateVersion());
        Optional<HrScan> previous = store.completed(state.templateId(), null, state.memberId()).stream()
                .filter(other -> other.state().completedAt().isBefore(state.completedAt()))
                .filter(other -> other.state().templateVersion() <= state.templateVersion())
                .max(Comparator.comparing(other -> other.state().completedAt()));
        List<DomainTrend> trend = previous.map(p -> Trend.between(state.result(), template, p.state().result(),
                templates.get(p.state().templateId(), p.state().templateVersion()), templates)).orElse(List.of());
        String name = members.find(state.memberId()).map(MemberRecord::legalName).orElse(state.memberId());
        return new ScanReport(scan, template, name, state.result().improvementAreas(IMPROVEMENT_AREAS),
                previous.map(HrScan::id).orElse(null), trend, benchmark(scan));
    }

    public Optional<Benchmark> benchmark(HrScan scan) {
        HrScan.State state = scan.state();
        if (state.result() == null || state.company() == null) {
            return Optional.empty();
        }
        List<PeerScore> peers = store.completed(state.templateId(), state.templateVersion(), null).stream()
                .map(HrScan::state)
                .filter(s -> s.company() != null)
                .map(s -> new PeerScore(s.memberId(), s.company(), s.completedAt(), s.result()))
                .toList();
        return PeerBenchmark.of(state.memberId(), state.company(), peers);
    }
}
