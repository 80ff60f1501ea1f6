package io.postwarden.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The host lock's promises, run on each database the console supports. */
abstract class HostLocksContract {

    @Autowired
    HostLocks locks;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void clearLocks() {
        jdbc.update("DELETE FROM host_lock");
    }

    @Test
    void aHeldLockRefusesASecondPush() {
        assertThat(locks.tryAcquire(7, 1)).isTrue();
        assertThat(locks.tryAcquire(7, 2)).isFalse();
        assertThat(locks.holder(7)).contains(1L);
    }

    @Test
    void aReleasedLockCanBeTakenAgain() {
        locks.tryAcquire(7, 1);
        locks.release(7, 1);
        assertThat(locks.tryAcquire(7, 2)).isTrue();
    }

    @Test
    void releasingSomeoneElsesLockDoesNothing() {
        locks.tryAcquire(7, 1);
        locks.release(7, 2);
        assertThat(locks.holder(7)).contains(1L);
    }

    @Test
    void aStaleLockOfADeadConsoleIsTakenOver() {
        jdbc.update("INSERT INTO host_lock (host_id, push_id, owner, acquired_at, heartbeat_at) VALUES (7, 1, 'gone', "
                + "TIMESTAMP '2000-01-01 00:00:00', TIMESTAMP '2000-01-01 00:00:00')");
        assertThat(locks.tryAcquire(7, 2)).isTrue();
        assertThat(locks.holder(7)).contains(2L);
    }

    @Test
    void exactlyOneOfManyConcurrentPushesGetsTheLock() throws Exception {
        int contenders = 8;
        ExecutorService pool = Executors.newFixedThreadPool(contenders);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < contenders; i++) {
            long pushId = 100 + i;
            Callable<Boolean> attempt = () -> {
                start.await();
                return locks.tryAcquire(42, pushId);
            };
            results.add(pool.submit(attempt));
        }
        start.countDown();
        int winners = 0;
        for (Future<Boolean> result : results) {
            winners += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();
        assertThat(winners).isEqualTo(1);
    }
}
