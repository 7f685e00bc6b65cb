package nl.talentcharter.members.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.talentcharter.testkit.ServiceHttp.Reply;
import nl.talentcharter.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Search over the store's supported query features: equality filters, array membership, sort, skip/limit. */
class MemberSearchTest extends MembersIntegrationTest {

    @Test
    void filters_combine_and_pages_are_sorted() {
        // CHEMISTRY and HOSPITALITY are used by no other test class, so the results are exactly these
        String chemelot = create("Chemie Sittard", "CHEMISTRY", 900, "{\"municipality\": \"Sittard-Geleen\"}",
                true, "[\"DEVELOP\", \"RETAIN\"]");
        String lab = create("Analyse Lab Geleen", "CHEMISTRY", 40, "{\"municipality\": \"Sittard-Geleen\"}",
                false, "[\"DEVELOP\"]");
        String aachen = create("Aachener Chemie GmbH", "CHEMISTRY", 60,
                "{\"country\": \"DE\", \"placeName\": \"Aachen\"}", false, "[\"ATTRACT\"]");
        String hotel = create("Hotel Valkenburg", "HOSPITALITY", 30, "{\"municipality\": \"Valkenburg aan de Geul\"}",
                false, "[]");
        assertThat(post("/members/" + lab + "/suspend", TestTokens.operator(), "{\"reason\": \"fee unpaid\"}")
                .status()).isEqualTo(200);
        String viewer = TestTokens.viewer();

        assertThat(ids(get("/members?sector=CHEMISTRY", viewer))).containsExactly(aachen, lab, chemelot);
        assertThat(ids(get("/members?sector=CHEMISTRY&sort=employees,desc", viewer)))
                .containsExactly(chemelot, aachen, lab);
        assertThat(ids(get("/members?sector=CHEMISTRY&region=ZUID_LIMBURG", viewer))).containsExactly(lab, chemelot);
        assertThat(ids(get("/members?sector=CHEMISTRY&region=CROSS_BORDER", viewer))).containsExactly(aachen);
        assertThat(ids(get("/members?sector=CHEMISTRY&sizeClass=LARGE", viewer))).containsExactly(chemelot);
        assertThat(ids(get("/members?sector=CHEMISTRY&status=SUSPENDED", viewer))).containsExactly(lab);
        assertThat(ids(get("/members?sector=CHEMISTRY&actionLine=DEVELOP", viewer))).containsExactly(lab, chemelot);
        assertThat(ids(get("/members?sector=CHEMISTRY&frontRunner=true", viewer))).containsExactly(chemelot);
        assertThat(ids(get("/members?region=ZUID_LIMBURG&sector=HOSPITALITY", viewer))).containsExactly(hotel);

        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 2; page++) {
            JsonNode result = get("/members?sector=CHEMISTRY&size=2&page=" + page, viewer).json();
            assertThat(result.get("totalItems").asInt()).isEqualTo(3);
            assertThat(result.get("totalPages").asInt()).isEqualTo(2);
            paged.addAll(ids(result));
        }
        assertThat(paged).containsExactly(aachen, lab, chemelot);
    }

    @Test
    void bad_search_parameters_are_problems() {
        get("/members?region=LIMBURG", TestTokens.operator()).problem(400);
        get("/members?sort=email,asc", TestTokens.operator()).problem(400);
        get("/members?sort=legalName,sideways", TestTokens.operator()).problem(400);
        get("/members?size=0", TestTokens.operator()).problem(400);
        get("/members?page=-1", TestTokens.operator()).problem(400);
    }

    @Test
    void the_openapi_document_describes_the_members_api() {
        Reply docs = get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("/members/{memberId}/contacts", "/members/{memberId}/suspend",
                "/members/{memberId}/history", "Register an organisation directly as an active member");
    }

    private String create(String name, String sector, int employees, String location, boolean frontRunner,
            String actionLines) {
        Reply response = post("/members", TestTokens.operator(), """
                {"legalName": "%s", "kvkNumber": "%s", "kind": "EMPLOYER", "sector": "%s", "employees": %d,
                 "location": %s, "frontRunner": %s, "actionLines": %s}
                """.formatted(name, freshKvk(), sector, employees, location, frontRunner, actionLines));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private static List<String> ids(Reply response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return ids(response.json());
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }
}
