package nl.talentcharter.members.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import nl.talentcharter.contracts.vocabulary.ConsentPurpose;
import nl.talentcharter.members.application.MemberService.ConsentDecision;
import nl.talentcharter.members.domain.Consent;
import nl.talentcharter.members.domain.Contact;
import nl.talentcharter.members.domain.ContactDetails;

/** Request and response shapes of contact persons (personal data: never visible to viewers). */
final class ContactBodies {

    private ContactBodies() {
    }

    @Schema(name = "ContactInput")
    record NewContact(@Schema(example = "Anna de Vries") @NotBlank @Size(max = 200) String name,
            @Schema(example = "anna@example.nl") @NotBlank @Email @Size(max = 254) String email,
            @Schema(example = "HR manager") @Size(max = 200) String jobTitle,
            @Schema(description = "Consent decisions known at registration") List<@Valid @NotNull ConsentInput> consents) {

        ContactDetails details() {
            return new ContactDetails(name, email, jobTitle);
        }

        List<ConsentDecision> decisions() {
            return consents == null ? List.of() : consents.stream().map(ConsentInput::decision).toList();
        }
    }

    @Schema(name = "ContactDetailsInput")
    record Details(@NotBlank @Size(max = 200) String name, @NotBlank @Email @Size(max = 254) String email,
            @Size(max = 200) String jobTitle) {

        ContactDetails details() {
            return new ContactDetails(name, email, jobTitle);
        }
    }

    @Schema(name = "ConsentInput")
    record ConsentInput(@NotNull ConsentPurpose purpose, @NotNull Boolean granted,
            @Schema(example = "registration form") @NotBlank @Size(max = 200) String source) {

        ConsentDecision decision() {
            return new ConsentDecision(purpose, granted, source);
        }
    }

    @Schema(name = "ConsentDecisionInput")
    record Decision(@NotNull Boolean granted,
            @Schema(example = "email of 2026-03-01") @NotBlank @Size(max = 200) String source) {
    }

    @Schema(name = "Contact", description = "A contact person; after erasure only id, registeredAt and erasure remain")
    record ContactView(String id, Instant registeredAt, String name, String email, String jobTitle,
            List<ConsentView> consents, ErasureView erasure) {

        static ContactView of(Contact contact) {
            return new ContactView(contact.id().value(), contact.registeredAt(),
                    contact.details().map(ContactDetails::name).orElse(null),
                    contact.details().map(ContactDetails::email).orElse(null),
                    contact.details().map(ContactDetails::jobTitle).orElse(null),
                    contact.consents().values().stream().map(ConsentView::of).toList(),
                    contact.erasure().map(e -> new ErasureView(e.erasedAt(), e.erasedBy())).orElse(null));
        }
    }

    @Schema(name = "Consent")
    record ConsentView(ConsentPurpose purpose, boolean granted, Instant recordedAt, String source) {

        static ConsentView of(Consent consent) {
            return new ConsentView(consent.purpose(), consent.granted(), consent.recordedAt(), consent.source());
        }
    }

    @Schema(name = "Erasure")
    record ErasureView(Instant erasedAt, String erasedBy) {
    }
}
