package nl.talentcharter.eventkit.testapp;

import nl.talentcharter.eventkit.outbox.EventRecorder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/** The command path: change the aggregate, record the event, save both in one write. */
@Service
public class AccountCommands {

    private final AccountRepository accounts;
    private final EventRecorder events;

    public AccountCommands(AccountRepository accounts, EventRecorder events) {
        this.accounts = accounts;
        this.events = events;
    }

    public void deposit(String accountId, long amount) {
        for (int attempt = 1; ; attempt++) {
            try {
                Account account = accounts.findById(accountId).orElseGet(() -> new Account(accountId));
                account.deposit(amount);
                events.record(account, LedgerEvents.AMOUNT_DEPOSITED, accountId, new AmountDeposited(accountId, amount));
                accounts.save(account);
                return;
            } catch (OptimisticLockingFailureException concurrentSave) {
                if (attempt == 5) {
                    throw concurrentSave;
                }
            }
        }
    }
}
