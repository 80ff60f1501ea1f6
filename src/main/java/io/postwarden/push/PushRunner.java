package io.postwarden.push;

import io.postwarden.config.PostwardenProperties;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs pushes in the background. Hosts run on one pool whose size is the parallelism
 * bound, shared by every push, so two large pushes together never open more SSH
 * sessions than the bound.
 */
@Component
class PushRunner {

    private static final Logger log = LoggerFactory.getLogger(PushRunner.class);

    private final PushRecorder recorder;
    private final HostPusher hostPusher;
    private final HostRestorer hostRestorer;
    private final PushRepository pushes;
    private final ConsoleInstance instance;
    private final ExecutorService coordinators = Executors.newCachedThreadPool(named("push-"));
    private final ExecutorService hostPool;
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(named("push-heartbeat-"));

    PushRunner(PushRecorder recorder, HostPusher hostPusher, HostRestorer hostRestorer, PushRepository pushes, ConsoleInstance instance,
               PostwardenProperties properties) {
        this.recorder = recorder;
        this.hostPusher = hostPusher;
        this.hostRestorer = hostRestorer;
        this.pushes = pushes;
        this.instance = instance;
        this.hostPool = Executors.newFixedThreadPool(Math.max(1, properties.getPush().getParallelism()), named("push-host-"));
    }

    void run(long pushId) {
        coordinators.submit(() -> execute(pushId));
    }

    private void execute(long pushId) {
        ScheduledFuture<?> beat = heartbeats.scheduleAtFixedRate(() -> recorder.heartbeat(pushId), 10, 10, TimeUnit.SECONDS);
        try {
            recorder.start(pushId, instance.id());
            PushRecorder.Targets work = recorder.targets(pushId);
            Long restoreOf = work.restoreOf();
            List<long[]> targets = work.hosts();
            List<Future<?>> running = new ArrayList<>();
            for (long[] target : targets) {
                running.add(hostPool.submit(() -> {
                    if (restoreOf == null) {
                        hostPusher.push(pushId, target[0], target[1]);
                    } else {
                        hostRestorer.restore(pushId, restoreOf, target[0], target[1]);
                    }
                }));
            }
            for (Future<?> host : running) {
                host.get();
            }
            recorder.finish(pushId);
        } catch (Exception e) {
            log.error("push {} stopped unexpectedly", pushId, e);
        } finally {
            beat.cancel(false);
        }
    }

    @PreDestroy
    void stop() {
        heartbeats.shutdownNow();
        coordinators.shutdownNow();
        hostPool.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory named(String prefix) {
        java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
