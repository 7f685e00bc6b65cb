package nl.talentcharter.members.it;

import static org.assertj.core.api.Assertions.assertThat;

import nl.talentcharter.testkit.ServiceHttp.Reply;
import nl.talentcharter.testkit.TestTokens;
import nl.talentcharter.testkit.TopicReader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ProfilePatchTest extends MembersIntegrationTest {

    @Test
    void null_clears_an_optional_field_and_nested_objects_merge() {
        Reply school = post("/members", TestTokens.operator(), """
                {"legalName": "Vista college", "kvkNumber": "%s", "kind": "EDUCATION_INSTITUTION",
                 "educationLevel": "MBO", "sector": "EDUCATION", "employees": 1500,
                 "location": {"municipality": "Heerlen", "placeName": "Heerlerheide"}}
                """.formatted(freshKvk()));
        assertThat(school.status()).as(school.body()).isEqualTo(201);
        String id = school.json().get("id").asString();

        JsonNode changed = send("PATCH", "/members/" + id, TestTokens.operator(), "application/merge-patch+json",
                "{\"kind\": \"OTHER\", \"educationLevel\": null, \"location\": {\"municipality\": \"Maastricht\"}}")
                .json();

        assertThat(changed.has("educationLevel") && !changed.get("educationLevel").isNull()).isFalse();
        assertThat(changed.get("kind").asString()).isEqualTo("OTHER");
        assertThat(changed.get("location").get("municipality").asString()).isEqualTo("Maastricht");
        assertThat(changed.get("location").get("placeName").asString()).isEqualTo("Heerlerheide");
        assertThat(rawMember(id).containsKey("educationLevel")).isFalse();

        JsonNode crossBorder = send("PATCH", "/members/" + id, TestTokens.operator(), "application/json",
                "{\"location\": {\"country\": \"BE\", \"municipality\": null, \"placeName\": \"Genk\"}}").json();
        assertThat(crossBorder.get("location").get("region").asString()).isEqualTo("CROSS_BORDER");
        assertThat(rawMember(id).containsKey("municipality")).isFalse();
    }

    @Test
    void a_patch_that_changes_nothing_publishes_nothing() {
        try (TopicReader topic = membersTopic()) {
            String id = registerMember(freshKvk());
            topic.await(r -> id.equals(r.key()), EVENT_TIMEOUT);
            Reply same = send("PATCH", "/members/" + id, TestTokens.member(id), "application/merge-patch+json",
                    "{\"employees\": 120, \"location\": {\"municipality\": \"venlo\"}}");
            assertThat(same.status()).as(same.body()).isEqualTo(200);
            // only the registration's MemberJoined: the patch added nothing
            assertThat(ofSubject(topic.drain(DRAIN_WINDOW), id)).hasSize(1);
            assertThat(get("/members/" + id + "/history", TestTokens.operator()).json().get("totalItems").asInt())
                    .isEqualTo(1);
        }
    }
}
