package uk.lscb.cse.ops;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import org.slf4j.MDC;

import java.util.List;
import java.util.Map;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Work handed to an executor (a chat reply after Slack's ack, the digest sent after "send it now")
 * runs under the request id of the code that handed it over, so its log lines can be found with the
 * request's. Scheduled executors are left as they are: their type is part of what they offer.
 */
@Singleton
class CarryingRequestIds implements BeanCreatedEventListener<ExecutorService> {

    @Override
    public ExecutorService onCreated(BeanCreatedEvent<ExecutorService> event) {
        ExecutorService executor = event.getBean();
        return executor instanceof ScheduledExecutorService || executor instanceof Carrying ? executor : new Carrying(executor);
    }

    static Runnable carried(Runnable work) {
        Map<String, String> handedOver = MDC.getCopyOfContextMap();
        return () -> {
            Map<String, String> before = MDC.getCopyOfContextMap();
            RequestId.restore(handedOver);
            try {
                work.run();
            } finally {
                RequestId.restore(before);
            }
        };
    }

    private static final class Carrying extends AbstractExecutorService {
        private final ExecutorService delegate;

        Carrying(ExecutorService delegate) {
            this.delegate = delegate;
        }

        @Override
        public void execute(Runnable command) {
            delegate.execute(carried(command));
        }

        @Override
        public void shutdown() {
            delegate.shutdown();
        }

        @Override
        public List<Runnable> shutdownNow() {
            return delegate.shutdownNow();
        }

        @Override
        public boolean isShutdown() {
            return delegate.isShutdown();
        }

        @Override
        public boolean isTerminated() {
            return delegate.isTerminated();
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
            return delegate.awaitTermination(timeout, unit);
        }

        @Override
        public String toString() {
            return "carrying request ids: " + delegate;
        }
    }
}
