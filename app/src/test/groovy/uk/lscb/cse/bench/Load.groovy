package uk.lscb.cse.bench

import java.util.concurrent.Callable
import java.util.concurrent.ConcurrentHashMap
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit

/**
 * Concurrent clients that behave like people: each sends a request, takes the HTTP answer, and
 * (for chat commands) waits for the bot's reply before asking again. Records both times.
 */
class Load {
    static final int CLIENTS = 16
    static final int REQUESTS_PER_CLIENT = Integer.getInteger('bench.requests', 60)
    // Enough requests before measuring for the JIT to have compiled the hot paths.
    static final int WARMUP = Integer.getInteger('bench.warmup', 300)

    private final Map<String, Long> sentAt = new ConcurrentHashMap<>()
    private final Map<String, CountDownLatch> pending = new ConcurrentHashMap<>()
    private final List<Long> replies = Collections.synchronizedList([])
    private volatile long lastReply

    /** Call before sending request {@code id} whose reply will be reported to {@link #replied}. */
    void expect(String id) {
        sentAt[id] = System.nanoTime()
        pending[id] = new CountDownLatch(1)
    }

    /** The platform fake saw the reply to request {@code id}. */
    void replied(String id, long atNanos) {
        Long sent = sentAt[id]
        if (sent != null && !id.startsWith('warm-')) {
            replies << atNanos - sent
            lastReply = Math.max(lastReply, atNanos)
        }
        pending[id]?.countDown()
    }

    /** Runs the warm-up, then {@code CLIENTS × REQUESTS_PER_CLIENT} requests; a row for {@link Latency#report}. */
    Map run(String name, Closure<Integer> request) {
        (1..WARMUP).each { String id = "warm-$it"; assert request.call(id) == 200; pending[id]?.await(30, TimeUnit.SECONDS) }
        replies.clear()
        lastReply = 0
        def pool = Executors.newFixedThreadPool(CLIENTS)
        List<Long> ack = Collections.synchronizedList([])
        long started = System.nanoTime()
        pool.invokeAll((1..CLIENTS).collect { c ->
            { ->
                (1..REQUESTS_PER_CLIENT).each { r ->
                    String id = "c$c-r$r"
                    long t0 = System.nanoTime()
                    assert request.call(id) == 200
                    ack << System.nanoTime() - t0
                    assert !pending[id] || pending[id].await(30, TimeUnit.SECONDS)
                }
            } as Callable
        })
        long done = Math.max(System.nanoTime(), lastReply)
        pool.shutdown()
        int total = CLIENTS * REQUESTS_PER_CLIENT
        [name: name, ack: ack.sort(), e2e: new ArrayList<Long>(replies).sort(), seconds: (done - started) / 1e9, total: total]
    }
}
