package nl.talentcharter.pools.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import nl.talentcharter.pools.persistence.PoolsStore;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

/** The sweep over pools on its own: the store and the use case are mocked to isolate it. */
class InterruptedRunCompletionTest {

    final PoolsStore store = mock(PoolsStore.class);
    final PoolWork work = mock(PoolWork.class);
    final InterruptedRunCompletion completion = new InterruptedRunCompletion(work, store);

    @Test
    void onePoolsFailureDoesNotKeepTheOtherPoolsWaiting() {
        when(store.poolsWithUnappliedRuns()).thenReturn(List.of("conflicting", "busy", "free"));
        when(work.completeInterruptedRunsOf("conflicting"))
                .thenThrow(new OptimisticLockingFailureException("a member accepted at that moment"));
        when(work.completeInterruptedRunsOf("busy")).thenReturn(List.of());
        when(work.completeInterruptedRunsOf("free")).thenReturn(List.of("run-1", "run-2"));

        assertThat(completion.completeInterruptedRuns()).containsExactly("run-1", "run-2");
        verify(work).completeInterruptedRunsOf("conflicting");
        verify(work).completeInterruptedRunsOf("busy");
    }
}
