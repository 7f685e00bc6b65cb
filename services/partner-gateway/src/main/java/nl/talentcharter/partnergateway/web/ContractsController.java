package nl.talentcharter.partnergateway.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import nl.talentcharter.servicekit.problem.ProblemException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The contracts at a stable, versioned address, straight from the contracts jar this gateway runs with, so what is
 * served is what the platform validates against. A schema answers at the path of its {@code $id}
 * ({@code https://talentcharter.nl/schemas/pools/talent-offered.v1.json} -> {@code /schemas/pools/talent-offered.v1.json});
 * the AsyncAPI document refers to schemas relatively ({@code ../schemas/...}), so they are also served under
 * {@code /contracts/schemas/...}, where that reference lands from {@code /contracts/v1/asyncapi.yaml}.
 */
@RestController
class ContractsController {

    static final MediaType YAML = MediaType.parseMediaType("application/yaml");
    static final MediaType SCHEMA_JSON = MediaType.parseMediaType("application/schema+json");
    private static final String ASYNCAPI = "asyncapi/talentcharter.asyncapi.yaml";
    /** The AsyncAPI document's major version; a breaking change of the document would be served as v2 beside it. */
    private static final String CURRENT_MAJOR = "v1";
    private static final Pattern SERVICE = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern SCHEMA_FILE = Pattern.compile("[a-z][a-z0-9-]*\\.v[1-9][0-9]*\\.json");

    @GetMapping({"/contracts/asyncapi.yaml", "/contracts/" + CURRENT_MAJOR + "/asyncapi.yaml"})
    ResponseEntity<byte[]> asyncApi() {
        return ok(YAML, ASYNCAPI);
    }

    @GetMapping({"/schemas/{service}/{file}", "/contracts/schemas/{service}/{file}"})
    ResponseEntity<byte[]> schema(@PathVariable String service, @PathVariable String file) {
        if (!SERVICE.matcher(service).matches() || !SCHEMA_FILE.matcher(file).matches()) {
            throw unknownSchema(service, file);
        }
        return ok(SCHEMA_JSON, "schemas/" + service + "/" + file);
    }

    private static ResponseEntity<byte[]> ok(MediaType type, String resource) {
        try (InputStream in = ContractsController.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw ProblemException.notFound("schema-not-found", "no contract at " + resource);
            }
            // a released contract never changes in place (a change is a new version), so caches may keep it a while
            return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)))
                    .body(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProblemException unknownSchema(String service, String file) {
        return ProblemException.notFound("schema-not-found", "no schema " + service + "/" + file);
    }
}
