package nl.talentcharter.hrscans.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.talentcharter.contracts.vocabulary.ActionLine;
import nl.talentcharter.hrscans.domain.template.AnswerOption;
import nl.talentcharter.hrscans.domain.template.InvalidTemplate;
import nl.talentcharter.hrscans.domain.template.MaturityLevel;
import nl.talentcharter.hrscans.domain.template.Question;
import nl.talentcharter.hrscans.domain.template.ScanTemplate;
import nl.talentcharter.hrscans.domain.template.TemplateCatalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the published templates from {@code classpath:templates/*.json} (data, not code: Dutch texts,
 * English keys) once at start. A file that breaks a template rule stops the service from starting.
 *
 * <p>A question names either its own {@code options} or a shared {@code scale} of the file.
 */
@Configuration(proxyBeanMethods = false)
public class TemplateFiles {

    public static final String LOCATION = "classpath:templates/*.json";

    @Bean
    TemplateCatalog templateCatalog() {
        return load(LOCATION);
    }

    public static TemplateCatalog load(String location) {
        JsonMapper json = JsonMapper.builder().build();
        List<ScanTemplate> templates = new ArrayList<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(location)) {
                try (InputStream in = resource.getInputStream()) {
                    templates.add(read(json.readTree(in), resource.getFilename()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TemplateCatalog(templates);
    }

    static ScanTemplate read(JsonNode file, String name) {
        List<MaturityLevel> levels = new ArrayList<>();
        file.path("levels").forEach(l -> levels.add(new MaturityLevel(l.path("level").asInt(), l.path("label").asString())));
        Map<String, List<AnswerOption>> scales = new LinkedHashMap<>();
        file.path("scales").properties().forEach(scale -> scales.put(scale.getKey(), options(scale.getValue())));
        List<nl.talentcharter.hrscans.domain.template.TemplateDomain> domains = new ArrayList<>();
        for (JsonNode d : file.path("domains")) {
            List<Question> questions = new ArrayList<>();
            for (JsonNode q : d.path("questions")) {
                List<AnswerOption> options;
                if (q.has("scale")) {
                    options = scales.get(q.path("scale").asString());
                    if (options == null) {
                        throw new InvalidTemplate(name + ": question " + q.path("key").asString()
                                + " names unknown scale " + q.path("scale").asString());
                    }
                } else {
                    options = options(q.path("options"));
                }
                questions.add(new Question(q.path("key").asString(), q.path("text").asString(),
                        q.path("required").asBoolean(true), q.path("weight").asDouble(1.0), options));
            }
            List<ActionLine> actionLines = new ArrayList<>();
            d.path("actionLines").forEach(a -> actionLines.add(ActionLine.valueOf(a.asString())));
            domains.add(new nl.talentcharter.hrscans.domain.template.TemplateDomain(d.path("key").asString(),
                    d.path("title").asString(), d.path("weight").asDouble(1.0), actionLines, questions));
        }
        Map<String, List<String>> mapping = new LinkedHashMap<>();
        file.path("previousVersionMapping").properties().forEach(entry -> {
            List<String> older = new ArrayList<>();
            entry.getValue().forEach(k -> older.add(k.asString()));
            mapping.put(entry.getKey(), older);
        });
        return new ScanTemplate(file.path("id").asString(), file.path("version").asInt(), file.path("title").asString(),
                levels, domains, mapping);
    }

    private static List<AnswerOption> options(JsonNode options) {
        List<AnswerOption> list = new ArrayList<>();
        options.forEach(o -> list.add(new AnswerOption(o.path("key").asString(), o.path("text").asString(),
                o.path("level").asInt())));
        return list;
    }
}
