package nl.talentcharter.devstack.seed;

import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;

/** The active demo members as the members API lists them, in KvK order so every seeder sees the same order. */
final class DemoCompanies {

    private DemoCompanies() {
    }

    static List<JsonNode> active(SeedHttp http, String membersUrl) {
        JsonNode page = http.get(membersUrl + "/members?status=ACTIVE&size=200&sort=kvkNumber,asc");
        return StreamSupport.stream(page.get("items").spliterator(), false)
                .sorted(Comparator.comparing(m -> m.get("kvkNumber").asString())).toList();
    }
}
