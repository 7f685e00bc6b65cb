package nl.talentcharter.monitoring.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.contracts.vocabulary.SizeClass;
import nl.talentcharter.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard in a real headless Chromium: it loads without a token, asks for one, shows the figures of the
 * API, follows the KPI stream (a member event produced to the broker changes a figure on the page without a
 * reload) and switches between Dutch and English. Counts in 2041, a year no other test uses.
 */
class DashboardBrowserTest extends MonitoringIntegrationTest {

    private static final String YEAR = "2041";
    private static final String JOINED = "document.querySelector('[data-key=\"members.joined/" + YEAR
            + "JJ00/ALL\"]')?.textContent ?? null";
    private static final String ACTIVE_IN_DECEMBER = "document.querySelector('#trend-members\\\\.active"
            + " tbody tr:last-child td')?.textContent ?? null";
    private static final String JOINED_AGAINST_TARGET = "document.querySelector('#kpi-members\\\\.joined"
            + " .progress-text').textContent";
    private static final String NOORD_JOINED_ROW = "Array.from(document.querySelectorAll('#regions-members\\\\.joined"
            + " tbody tr')).map(row => row.textContent).join('|')";

    @Test
    void assetsNeedNoTokenTheFiguresStillDo() {
        assertThat(get("/dashboard/index.html", null).statusCode()).isEqualTo(200);
        assertThat(get("/dashboard/dashboard.js", null).statusCode()).isEqualTo(200);
        assertThat(get("/dashboard", null).statusCode()).isEqualTo(302);
        assertThat(get("/kpis?period=" + YEAR + "JJ00", null).statusCode()).isEqualTo(401);
        assertThat(get("/kpis/stream?from=somewhere", TestTokens.viewer()).statusCode()).isEqualTo(400);
    }

    @Test
    @Timeout(180)
    void showsTheFiguresAndFollowsTheStreamInDutchAndEnglish() throws Exception {
        join(newId(), LocalDate.of(2041, 2, 10),
                profile(Region.NOORD_LIMBURG, Sector.CARE, SizeClass.SME, false, ActionLine.RETAIN));
        awaitValue("members.joined", YEAR + "JJ00", "ALL", 1);

        try (HeadlessChromium browser = HeadlessChromium.start()) {
            browser.send("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 1280, "height", 2200, "deviceScaleFactor", 1, "mobile", false));
            browser.navigate("http://localhost:" + port + "/dashboard/index.html?year=" + YEAR);
            browser.awaitValue("document.readyState === 'complete' && document.getElementById('token') !== null",
                    JsonNode::asBoolean, TIMEOUT);
            assertThat(browser.evaluate("document.documentElement.lang").asString()).isEqualTo("nl");
            assertThat(browser.evaluate("document.activeElement.id").asString()).isEqualTo("token");

            browser.evaluate("document.getElementById('token').value = 'Bearer " + TestTokens.viewer() + "';"
                    + "document.getElementById('token-form').requestSubmit(); true");

            browser.awaitValue(JOINED, value -> "1".equals(value.asString()), TIMEOUT);
            assertThat(browser.evaluate("sessionStorage.getItem('talentcharter.dashboard.token') !== null").asBoolean())
                    .isTrue();
            assertThat(browser.evaluate("document.getElementById('live').textContent").asString())
                    .startsWith("Live bijgewerkt");
            assertThat(browser.evaluate(NOORD_JOINED_ROW).asString()).contains("Noord-Limburg1");
            assertThat(browser.evaluate(JOINED_AGAINST_TARGET).asString()).isEqualTo("1 van het jaardoel 40 (3%)");
            assertThat(browser.evaluate(ACTIVE_IN_DECEMBER).asString()).isEqualTo("1");
            // sprints name no single member: no per-region chart that could only show zeros
            assertThat(browser.evaluate("document.getElementById('kpi-sprints.running') !== null"
                    + " && document.getElementById('regions-sprints.running') === null").asBoolean()).isTrue();

            // produced after the page read its figures: only the stream can bring this change in
            join(newId(), LocalDate.of(2041, 3, 5),
                    profile(Region.NOORD_LIMBURG, Sector.ICT, SizeClass.LARGE, false, ActionLine.ATTRACT));
            browser.awaitValue(JOINED, value -> "2".equals(value.asString()), TIMEOUT);
            browser.awaitValue(NOORD_JOINED_ROW, value -> value.asString().contains("Noord-Limburg2"), TIMEOUT);
            // a cell the event moves without announcing it: the page re-reads the KPI when its stream moves
            browser.awaitValue(ACTIVE_IN_DECEMBER, value -> "2".equals(value.asString()), TIMEOUT);

            assertThat(browser.evaluate("document.getElementById('budget-title').textContent").asString())
                    .isEqualTo("Budget tegenover het plan");
            browser.evaluate("document.getElementById('language').click(); true");
            browser.awaitValue("document.documentElement.lang", value -> "en".equals(value.asString()), TIMEOUT);
            assertThat(browser.evaluate("document.getElementById('budget-title').textContent").asString())
                    .isEqualTo("Budget against the plan");
            assertThat(browser.evaluate("document.getElementById('title-members.joined').textContent").asString())
                    .isEqualTo("Members joined " + YEAR);
            assertThat(browser.evaluate(JOINED).asString()).isEqualTo("2");

            browser.screenshot(Path.of(System.getProperty("java.io.tmpdir"), "monitoring-dashboard.png"));
        }
    }
}
