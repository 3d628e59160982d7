package org.sabueso.tip.internal;

import org.sabueso.shared.PhotoCleaner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.sabueso.shared.DomainException;
import org.sabueso.tip.Photo;
import org.sabueso.tip.TipLineBusy;
import org.sabueso.tip.TipRefusal;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where anonymous photos are decoded: a small pool of its own with a bounded queue and a time
 * limit per photo. Anyone may upload without an account, so the tip line must never let uploads
 * take the service's CPU, heap or database connections from staff: headers are checked in the
 * request's thread (no pixel decoded), the decoding itself runs on at most {@code threads}
 * threads, a full queue refuses at once with {@link TipLineBusy} instead of queueing forever, and
 * a photo still decoding or encoding after its time limit is aborted and refused.
 */
@Component
class PhotoDecoding implements DisposableBean {

    static final String FIELD = "photos";
    /** A tip or a reply carries at most this many photos. */
    static final int MAX_PHOTOS = 3;
    /** How long a refused tipster is asked to wait, in seconds: a queue of a few photos drains well within it. */
    static final int RETRY_AFTER_SECONDS = 30;

    private final ThreadPoolExecutor pool;
    private final ScheduledExecutorService watchdog;
    private final Duration timeLimit;
    private final long backstopMillis;

    /**
     * {@code threads} 0 (the default) is half the cores, at least one: measured on the 2-core
     * test machine, two decoding threads drawing 4096 × 4096 photos took both cores and a staff
     * read made meanwhile waited up to 2.3 s; with one, the other core keeps serving staff
     * (HostilePhotosTest).
     */
    PhotoDecoding(@Value("${sabueso.tip.photo.threads:0}") int threads,
                  @Value("${sabueso.tip.photo.queue:6}") int queue,
                  @Value("${sabueso.tip.photo.time-limit:PT15S}") Duration timeLimit) {
        threads = threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queue), r -> {
            Thread t = new Thread(r, "photo-decode-" + n.incrementAndGet());
            t.setDaemon(true);
            // below the request threads: staff reads go first when the cores are busy with photos
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        }, new ThreadPoolExecutor.AbortPolicy());
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "photo-decode-watchdog");
            t.setDaemon(true);
            return t;
        });
        this.timeLimit = timeLimit;
        // a backstop only, never reached while the watchdog works: the photos queued ahead (at
        // most queue ÷ threads rounds) and this one, each under its own limit, twice over
        this.backstopMillis = timeLimit.toMillis() * 2 * (queue / Math.max(1, threads) + 2);
    }

    /**
     * The photos cleaned, in order; refuses the first that breaks a cap (with its own code: too
     * many, too large, too many pixels, not a photo, unreadable, too slow), or {@link TipLineBusy}.
     */
    List<PhotoCleaner.Clean> clean(List<Photo> given) {
        List<Photo> photos = present(given);
        if (photos.size() > MAX_PHOTOS) {
            throw new DomainException.InvalidInput(FIELD, TipRefusal.PHOTO_TOO_MANY, MAX_PHOTOS);
        }
        List<PhotoCleaner.Header> headers = new ArrayList<>();
        for (Photo p : photos) {
            headers.add(PhotoCleaner.inspect(p.declaredType(), p.bytes(), FIELD));
        }
        List<Future<PhotoCleaner.Clean>> running = new ArrayList<>();
        try {
            for (int i = 0; i < photos.size(); i++) {
                PhotoCleaner.Header header = headers.get(i);
                byte[] bytes = photos.get(i).bytes();
                running.add(pool.submit(() -> timed(header, bytes)));
            }
        } catch (RejectedExecutionException full) {
            running.forEach(f -> f.cancel(true));
            throw new TipLineBusy(RETRY_AFTER_SECONDS);
        }
        List<PhotoCleaner.Clean> clean = new ArrayList<>();
        try {
            for (Future<PhotoCleaner.Clean> f : running) {
                clean.add(await(f));
            }
        } finally {
            running.forEach(f -> f.cancel(true));
        }
        return clean;
    }

    /** Photos actually sent: a form's empty file inputs are not photos. */
    static List<Photo> present(List<Photo> given) {
        return given == null ? List.of() : given.stream().filter(p -> p != null && p.bytes() != null && p.bytes().length > 0).toList();
    }

    /** Runs in the pool: the time limit starts when the photo's decoding does, not while it waits in the queue. */
    private PhotoCleaner.Clean timed(PhotoCleaner.Header header, byte[] bytes) {
        PhotoCleaner.Abort abort = new PhotoCleaner.Abort();
        ScheduledFuture<?> guard = watchdog.schedule(abort::abort, timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        try {
            return PhotoCleaner.redraw(header, bytes, FIELD, abort);
        } finally {
            guard.cancel(false);
        }
    }

    private PhotoCleaner.Clean await(Future<PhotoCleaner.Clean> f) {
        try {
            return f.get(backstopMillis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof DomainException d) {
                throw d;
            }
            throw new IllegalStateException("a photo could not be cleaned", e.getCause());
        } catch (TimeoutException | CancellationException e) {
            throw PhotoCleaner.tooSlow(FIELD);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TipLineBusy(RETRY_AFTER_SECONDS);
        }
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
        watchdog.shutdownNow();
    }
}
