package nl.talentcharter.monitoring.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.talentcharter.monitoring.application.MonitoringProperties;
import nl.talentcharter.monitoring.domain.LedgerEntry;
import nl.talentcharter.monitoring.persistence.Ledger;
import nl.talentcharter.servicekit.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The budget against the plan: operators book commitments and spending; operators and viewers read it. */
@RestController
@RequestMapping("/budget")
public class BudgetController {

    public record NewEntry(String line, String kind, BigDecimal amount, String description, LocalDate bookedOn) {
    }

    public record LineView(String line, BigDecimal planned, BigDecimal committed, BigDecimal spent,
            BigDecimal remaining) {
    }

    public record BudgetView(BigDecimal planned, BigDecimal committed, BigDecimal spent, List<LineView> lines,
            List<LedgerEntry> entries) {
    }

    private final Ledger ledger;
    private final MonitoringProperties properties;

    public BudgetController(Ledger ledger, MonitoringProperties properties) {
        this.ledger = ledger;
        this.properties = properties;
    }

    @PostMapping("/entries")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('OPERATOR')")
    public LedgerEntry book(@RequestBody NewEntry body, Caller caller) {
        LedgerEntry entry = LedgerEntry.create(UUID.randomUUID().toString(), body.line(), body.kind(), body.amount(),
                body.description(), body.bookedOn(), caller.subject());
        ledger.book(entry);
        return entry;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('OPERATOR','VIEWER')")
    public BudgetView budget() {
        List<LedgerEntry> entries = ledger.entries();
        List<LineView> lines = Arrays.stream(LedgerEntry.BudgetLine.values()).map(line -> {
            BigDecimal planned = properties.budget().getOrDefault(line.name(), BigDecimal.ZERO);
            BigDecimal committed = sum(entries, line, LedgerEntry.Kind.COMMITMENT);
            BigDecimal spent = sum(entries, line, LedgerEntry.Kind.SPENDING);
            return new LineView(line.name(), planned, committed, spent, planned.subtract(committed.max(spent)));
        }).toList();
        return new BudgetView(total(lines, LineView::planned), total(lines, LineView::committed),
                total(lines, LineView::spent), lines, entries);
    }

    private static BigDecimal sum(List<LedgerEntry> entries, LedgerEntry.BudgetLine line, LedgerEntry.Kind kind) {
        return entries.stream().filter(e -> e.line() == line && e.kind() == kind).map(LedgerEntry::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal total(List<LineView> lines, java.util.function.Function<LineView, BigDecimal> field) {
        return lines.stream().map(field).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
