package nl.talentcharter.eventkit.testapp;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AccountController {

    private final AccountCommands commands;

    AccountController(AccountCommands commands) {
        this.commands = commands;
    }

    @PostMapping("/accounts/{id}/deposits")
    ResponseEntity<Void> deposit(@PathVariable String id, @RequestParam long amount) {
        commands.deposit(id, amount);
        return ResponseEntity.accepted().build();
    }
}
