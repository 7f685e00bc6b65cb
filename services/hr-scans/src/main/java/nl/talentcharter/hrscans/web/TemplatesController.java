package nl.talentcharter.hrscans.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.talentcharter.hrscans.domain.template.ScanTemplate;
import nl.talentcharter.hrscans.domain.template.TemplateCatalog;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The published scan templates, read-only for every role. */
@RestController
@RequestMapping(path = "/templates", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "HR scan templates")
@SecurityRequirement(name = "bearer")
public class TemplatesController {

    private final TemplateCatalog templates;

    public TemplatesController(TemplateCatalog templates) {
        this.templates = templates;
    }

    record TemplateView(ScanTemplate template, String unansweredOptionalPolicy) {
    }

    @GetMapping
    @Operation(summary = "Every published template version")
    public List<TemplateView> all() {
        return templates.all().stream().map(t -> new TemplateView(t, ScanTemplate.UNANSWERED_OPTIONAL_POLICY)).toList();
    }

    @GetMapping("/{templateId}/versions/{version}")
    @Operation(summary = "One published template version: domains, questions, options and their maturity levels")
    public TemplateView one(@PathVariable String templateId, @PathVariable int version) {
        return new TemplateView(templates.get(templateId, version), ScanTemplate.UNANSWERED_OPTIONAL_POLICY);
    }
}
