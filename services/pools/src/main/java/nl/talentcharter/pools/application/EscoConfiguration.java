package nl.talentcharter.pools.application;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import nl.talentcharter.pools.domain.esco.EscoCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The curated ESCO subset shipped as data (ADR 0102). */
@Configuration
class EscoConfiguration {

    @Bean
    EscoCatalogue escoCatalogue(JsonMapper json) throws IOException {
        try (InputStream in = new ClassPathResource("esco/catalogue.json").getInputStream()) {
            JsonNode root = json.readTree(in);
            return new EscoCatalogue(json.convertValue(root.path("skills"), Map.class),
                    json.convertValue(root.path("occupations"), Map.class));
        }
    }
}
