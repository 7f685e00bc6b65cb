package nl.talentcharter.eventkit.relay;

import java.time.Duration;

/**
 * The one thread a relay publishes on, started and stopped with its Spring lifecycle. One thread per relay keeps
 * an aggregate's (or a partner subject's) events in order and bounds what a down broker can tie up.
 *
 * <p>{@link #stop} clears {@link #running()}, wakes whoever waits on the relay's lock and interrupts the thread,
 * so a relay's loop and its waits need only look at {@code running()}.
 */
public final class RelayWorker {

    private final String name;
    private final Object lock;
    private final Runnable loop;
    private volatile boolean running;
    private Thread thread;

    /**
     * @param lock the monitor the relay's loop waits on; stopping notifies it
     * @param loop runs until {@link #running()} turns false or the thread is interrupted
     */
    public RelayWorker(String name, Object lock, Runnable loop) {
        this.name = name;
        this.lock = lock;
        this.loop = loop;
    }

    public void start() {
        synchronized (lock) {
            if (running) {
                return;
            }
            running = true;
            thread = new Thread(loop, name);
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Asks the loop to end and waits up to {@code grace} for it: a round in flight may finish. */
    public void stop(Duration grace) {
        Thread toJoin;
        synchronized (lock) {
            running = false;
            lock.notifyAll();
            toJoin = thread;
        }
        if (toJoin != null) {
            toJoin.interrupt();
            try {
                toJoin.join(grace.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public boolean running() {
        return running;
    }
}
