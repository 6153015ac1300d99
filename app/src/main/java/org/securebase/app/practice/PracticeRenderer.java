package org.securebase.app.practice;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Renders approved practices' audio off the request threads, on a small pool of its own (two
 * renders at a time, the rest queued), so a render never holds a web request or a database
 * connection while the speech tools run. Progress goes to the database row, so any server can show
 * it; a render that stopped with its server is started again when someone next looks.
 */
@Component
class PracticeRenderer implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(PracticeRenderer.class);

  /** After this long without progress a render is treated as stalled and can start again. */
  static final Duration STALLED = Duration.ofMinutes(10);

  private final PracticeRepository practices;
  private final Clock clock;
  private final ExecutorService pool;

  PracticeRenderer(PracticeRepository practices, Clock clock) {
    this.practices = practices;
    this.clock = clock;
    AtomicInteger n = new AtomicInteger();
    this.pool =
        new ThreadPoolExecutor(
            2,
            2,
            60,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(200),
            r -> {
              Thread t = new Thread(r, "practice-audio-" + n.incrementAndGet());
              t.setDaemon(true);
              t.setPriority(Thread.NORM_PRIORITY - 1);
              return t;
            });
  }

  /** Starts the render once the current transaction has committed (or at once without one). */
  void renderAfterCommit(UUID practiceId) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              submit(practiceId);
            }
          });
    } else {
      submit(practiceId);
    }
  }

  boolean stalled(UUID practiceId) {
    return practices.stalled(practiceId, now().minus(STALLED));
  }

  private void submit(UUID practiceId) {
    pool.submit(() -> render(practiceId));
  }

  private void render(UUID practiceId) {
    try {
      Practice p = practices.find(practiceId).orElseThrow();
      int[] last = {-1};
      PracticeAudio.Rendered rendered =
          new PracticeAudio()
              .render(
                  p.script(),
                  PracticeAudio.Format.MP3,
                  (share, stage) -> {
                    int percent = (int) Math.round(share * 100);
                    if (percent != last[0]) {
                      last[0] = percent;
                      practices.audioProgress(practiceId, Math.min(percent, 99), stage, now());
                    }
                  });
      practices.audioReady(
          practiceId, rendered.audio(), rendered.seconds(), rendered.voice(), now());
    } catch (RuntimeException e) {
      log.warn("Practice audio {} failed: {}", practiceId, e.getMessage());
      practices.audioFailed(practiceId, String.valueOf(e.getMessage()), now());
    }
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }

  @Override
  public void destroy() {
    pool.shutdownNow();
  }
}
