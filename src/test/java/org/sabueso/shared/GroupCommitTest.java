package org.sabueso.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class GroupCommitTest {

    private record Item(int n, CompletableFuture<Void> written) {
    }

    @Test
    void items_that_arrive_while_a_group_is_written_go_together_in_the_next_and_none_is_lost() throws Exception {
        List<Integer> sizes = new CopyOnWriteArrayList<>();
        List<Integer> written = new CopyOnWriteArrayList<>();
        CountDownLatch firstGroupStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        GroupCommit<Item> groups = new GroupCommit<>("test-writer", 50, group -> {
            firstGroupStarted.countDown();
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            sizes.add(group.size());
            group.forEach(i -> {
                written.add(i.n());
                i.written().complete(null);
            });
        });
        groups.start();
        Item first = new Item(0, new CompletableFuture<>());
        groups.add(first);
        assertThat(firstGroupStarted.await(5, TimeUnit.SECONDS)).isTrue();
        List<Item> rest = java.util.stream.IntStream.rangeClosed(1, 120).mapToObj(n -> new Item(n, new CompletableFuture<>())).toList();
        rest.forEach(groups::add);
        release.countDown();
        for (Item i : rest) {
            i.written().get(5, TimeUnit.SECONDS);
        }
        groups.stop();
        assertThat(written).hasSize(121).doesNotHaveDuplicates();
        assertThat(sizes.getFirst()).isEqualTo(1);
        assertThat(sizes.subList(1, sizes.size())).as("the queued items go at most 50 a group, in few groups")
                .allMatch(s -> s <= 50).hasSizeLessThanOrEqualTo(4);
    }

    @Test
    void a_writer_that_throws_does_not_stop_the_thread_and_what_is_queued_at_stop_is_written() throws Exception {
        List<Integer> written = new CopyOnWriteArrayList<>();
        CountDownLatch failed = new CountDownLatch(1);
        GroupCommit<Integer> groups = new GroupCommit<>("test-writer", 10, group -> {
            if (group.contains(-1)) {
                failed.countDown();
                throw new IllegalStateException("bad group");
            }
            written.addAll(group);
        });
        groups.start();
        groups.add(-1);
        assertThat(failed.await(5, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < 30; i++) {
            groups.add(i);
        }
        groups.stop();
        assertThat(groups.running()).isFalse();
        assertThat(written).containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.range(0, 30).boxed().toList());
    }

    @Test
    void one_poisoned_member_fails_alone_and_the_rest_of_its_group_is_written() throws Exception {
        // the writer is all or nothing per call, as a transaction is: a group with the poisoned
        // member writes none of it
        List<Integer> written = new CopyOnWriteArrayList<>();
        List<Integer> failed = new CopyOnWriteArrayList<>();
        CountDownLatch firstGroupStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        GroupCommit<Integer> groups = new GroupCommit<>("test-writer", 50, new GroupCommit.Writer<>() {
            @Override
            public void write(List<Integer> group) {
                firstGroupStarted.countDown();
                try {
                    release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                if (group.contains(-1)) {
                    throw new IllegalStateException("cannot store a NUL");
                }
                written.addAll(group);
            }

            @Override
            public void failed(Integer member, RuntimeException cause) {
                failed.add(member);
            }
        });
        groups.start();
        groups.add(0);
        assertThat(firstGroupStarted.await(5, TimeUnit.SECONDS)).isTrue();
        // these queue while the first group is held, so they go together in one group with the poison
        for (int i = 1; i <= 6; i++) {
            groups.add(i);
        }
        groups.add(-1);
        release.countDown();
        groups.stop();
        assertThat(written).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6);
        assertThat(failed).containsExactly(-1);
    }

    @Test
    void submit_writes_on_the_callers_thread_when_no_group_is_being_written() throws Exception {
        List<String> writers = new CopyOnWriteArrayList<>();
        GroupCommit<Item> groups = new GroupCommit<>("test-writer", 10, group -> {
            writers.add(Thread.currentThread().getName());
            group.forEach(i -> i.written().complete(null));
        });
        groups.start();
        Item mine = new Item(1, new CompletableFuture<>());
        groups.submit(mine);
        assertThat(mine.written()).as("written before submit returns").isCompleted();
        assertThat(writers).containsExactly(Thread.currentThread().getName());
        groups.stop();
    }

    @Test
    void submit_queues_for_the_thread_while_a_group_is_written_and_the_queued_go_together() throws Exception {
        List<String> writers = new CopyOnWriteArrayList<>();
        List<Integer> sizes = new CopyOnWriteArrayList<>();
        CountDownLatch firstGroupStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        GroupCommit<Item> groups = new GroupCommit<>("test-writer", 50, group -> {
            writers.add(Thread.currentThread().getName());
            sizes.add(group.size());
            firstGroupStarted.countDown();
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            group.forEach(i -> i.written().complete(null));
        });
        groups.start();
        Item first = new Item(0, new CompletableFuture<>());
        groups.add(first);
        assertThat(firstGroupStarted.await(5, TimeUnit.SECONDS)).isTrue();
        List<Item> rest = java.util.stream.IntStream.rangeClosed(1, 20).mapToObj(n -> new Item(n, new CompletableFuture<>())).toList();
        rest.forEach(groups::submit);
        assertThat(rest).as("queued, not written, while the thread holds the turn").noneMatch(i -> i.written().isDone());
        release.countDown();
        for (Item i : rest) {
            i.written().get(5, TimeUnit.SECONDS);
        }
        groups.stop();
        assertThat(writers).containsOnly("test-writer");
        assertThat(sizes).containsExactly(1, 20);
    }

    @Test
    void submit_after_stop_writes_on_the_callers_thread() {
        List<String> writers = new CopyOnWriteArrayList<>();
        GroupCommit<Item> groups = new GroupCommit<>("test-writer", 10, group -> {
            writers.add(Thread.currentThread().getName());
            group.forEach(i -> i.written().complete(null));
        });
        Item mine = new Item(1, new CompletableFuture<>());
        groups.submit(mine);
        assertThat(mine.written()).isCompleted();
        assertThat(writers).containsExactly(Thread.currentThread().getName());
    }
}
