package nl.talentcharter.members.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import nl.talentcharter.contracts.vocabulary.ConsentPurpose;
import nl.talentcharter.members.application.MemberService;
import nl.talentcharter.members.application.MemberService.ConsentDecision;
import nl.talentcharter.members.domain.Contact;
import nl.talentcharter.members.domain.ContactId;
import nl.talentcharter.members.domain.InvalidMemberData;
import nl.talentcharter.members.domain.MemberId;
import nl.talentcharter.members.web.ContactBodies.ContactView;
import nl.talentcharter.servicekit.problem.ProblemException;
import nl.talentcharter.servicekit.security.Caller;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Contact persons of a member: personal data. Operators, and a member user for its own organisation;
 * viewers never. Events name contacts by their pseudonymous id only.
 */
@RestController
@RequestMapping(path = "/members/{memberId}/contacts", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Contacts", description = "Contact persons of a member (personal data)")
@PreAuthorize("hasAnyRole('OPERATOR', 'MEMBER')")
public class ContactsController {

    private final MemberService members;

    public ContactsController(MemberService members) {
        this.members = members;
    }

    @GetMapping
    @Operation(summary = "List a member's contacts, erased ones as tombstones")
    public List<ContactView> list(@PathVariable String memberId, Caller caller) {
        MemberId id = Access.manageable(memberId, caller);
        return members.get(id).contacts().stream().map(ContactView::of).toList();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register a contact, with the consent decisions known so far",
            description = "Publishes ContactRegistered and a ContactConsentChanged per decision.")
    public ResponseEntity<ContactView> register(@PathVariable String memberId,
            @Valid @RequestBody ContactBodies.NewContact body, Caller caller) {
        MemberId id = Access.manageable(memberId, caller);
        Contact contact = members.registerContact(id, body.details(), body.decisions(),
                MembersController.actor(caller));
        return ResponseEntity.created(URI.create("/members/" + id + "/contacts/" + contact.id()))
                .body(ContactView.of(contact));
    }

    @GetMapping("/{contactId}")
    @Operation(summary = "Read one contact")
    public ContactView get(@PathVariable String memberId, @PathVariable String contactId, Caller caller) {
        MemberId id = Access.manageable(memberId, caller);
        return ContactView.of(members.get(id).contact(contactId(contactId)));
    }

    @PutMapping(path = "/{contactId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace a contact's name, email and job title",
            description = "Publishes nothing: these are personal data and stay in this service.")
    public ContactView change(@PathVariable String memberId, @PathVariable String contactId,
            @Valid @RequestBody ContactBodies.Details body, Caller caller) {
        MemberId id = Access.manageable(memberId, caller);
        return ContactView.of(members.changeContact(id, contactId(contactId), body.details(),
                MembersController.actor(caller)));
    }

    @PutMapping(path = "/{contactId}/consents/{purpose}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Grant or withdraw consent for one purpose",
            description = "Publishes ContactConsentChanged when the decision changes.")
    public ContactView consent(@PathVariable String memberId, @PathVariable String contactId,
            @PathVariable ConsentPurpose purpose, @Valid @RequestBody ContactBodies.Decision body, Caller caller) {
        MemberId id = Access.manageable(memberId, caller);
        return ContactView.of(members.recordConsent(id, contactId(contactId),
                new ConsentDecision(purpose, body.granted(), body.source()), MembersController.actor(caller)));
    }

    @DeleteMapping("/{contactId}")
    @Operation(summary = "Erase a contact's personal data",
            description = "Keeps a tombstone (id, erased at, by whom) and removes everything personal, also "
                    + "from history. Publishes ContactErased.")
    public ContactView erase(@PathVariable String memberId, @PathVariable String contactId, Caller caller) {
        MemberId id = Access.manageable(memberId, caller);
        return ContactView.of(members.eraseContact(id, contactId(contactId), MembersController.actor(caller)));
    }

    private static ContactId contactId(String value) {
        try {
            return new ContactId(value);
        } catch (InvalidMemberData e) {
            throw ProblemException.notFound("contact-not-found", "no contact " + value);
        }
    }
}
