package nl.talentcharter.partnergateway.it;

import static org.assertj.core.api.Assertions.assertThat;

import nl.talentcharter.contracts.EventCatalog;
import nl.talentcharter.contracts.EventType;
import nl.talentcharter.testkit.ServiceHttp.Reply;
import org.junit.jupiter.api.Test;

/** The contracts answer without a token at a stable, versioned address; a schema at the path of its $id. */
class ContractsTest extends GatewayIntegrationTest {

    @Test
    void theAsyncApiDocumentIsServedUnversionedAndAsV1() {
        Reply latest = get("/contracts/asyncapi.yaml", null);
        Reply v1 = get("/contracts/v1/asyncapi.yaml", null);

        assertThat(latest.status()).isEqualTo(200);
        assertThat(latest.contentType()).startsWith("application/yaml");
        assertThat(latest.body()).startsWith("asyncapi: 3.0.0").contains("talentcharter.partners.inbound");
        assertThat(v1.body()).isEqualTo(latest.body());
        get("/contracts/v2/asyncapi.yaml", null).isProblem(404, "not-found");
    }

    @Test
    void everyCatalogSchemaAnswersAtThePathOfItsId() {
        for (EventType<?> type : EventCatalog.all()) {
            String path = type.schemaId().substring("https://talentcharter.nl".length());
            Reply schema = get(path, null);
            assertThat(schema.status()).as(path).isEqualTo(200);
            assertThat(schema.json().path("$id").asString()).isEqualTo(type.schemaId());
            // where the AsyncAPI document's relative references land from /contracts/v1/
            assertThat(get("/contracts" + path, null).body()).isEqualTo(schema.body());
        }
        assertThat(get("/schemas/common/vocabulary.v1.json", null).json().path("$id").asString())
                .isEqualTo("https://talentcharter.nl/schemas/common/vocabulary.v1.json");
    }

    @Test
    void theHttpApiIsDescribedToo() {
        Reply openApi = get("/v3/api-docs", null);
        assertThat(openApi.status()).as(openApi.body()).isEqualTo(200);
        assertThat(openApi.json().path("paths").propertyNames())
                .contains("/inbound", "/subscriptions", "/subscriptions/{id}/dead-letters", "/feed");
    }

    @Test
    void anUnknownSchemaIsNotFound() {
        get("/schemas/pools/no-such-thing.v1.json", null).isProblem(404, "schema-not-found");
        get("/schemas/pools/talent-offered.json", null).isProblem(404, "schema-not-found");
    }
}
