package org.sabueso.shared;

import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/** One page of a longer list. {@code page} counts from 0. */
public record Page<T>(List<T> items, long total, int page, int size) {

    public int pages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    /** The last page there is (0 for an empty list): where a page past the end is brought back to. */
    public int lastPage() {
        return Math.max(0, pages() - 1);
    }

    /**
     * The page asked for, or the last page when it lies past the end: {@code ?page=999} of a list
     * of 87 pages shows page 87, never "page 1,000 of 87" with nothing on it. Asks {@code fetch}
     * a second time only when the first answer was past the end.
     */
    public static <T> Page<T> within(int requested, IntFunction<Page<T>> fetch) {
        Page<T> first = fetch.apply(Math.max(0, requested));
        return first.page() > first.lastPage() ? fetch.apply(first.lastPage()) : first;
    }

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), total, page, size);
    }
}
