package nl.talentcharter.devstack.seed;

import java.util.Map;
import nl.talentcharter.devstack.issuer.DemoClients;
import nl.talentcharter.devstack.issuer.TokenClient;

/**
 * Seeds the plan's instruments after the members: HR scans, then sprints (whose inferred interests come from
 * the completed scans), then workforce pools. Each once, each skipped with a log line when its service is absent.
 */
final class DemoInstruments {

    private DemoInstruments() {
    }

    static void seedOnce(DemoDataLedger ledger, TokenClient tokens, Map<String, String> serviceUrls) {
        SeedHttp http = new SeedHttp(tokens.accessToken(DemoClients.OPERATOR));
        new DemoHrScans(ledger, http).seedOnce(serviceUrls);
        new DemoSprints(ledger, http).seedOnce(serviceUrls);
        new DemoPools(ledger, http).seedOnce(serviceUrls);
    }
}
