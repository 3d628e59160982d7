package org.sabueso.network.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Values numbered in order of arrival, so that the graph stores a short per link instead of a
 * reference: a graph of millions of links holds a few hundred distinct sharings and roles.
 */
final class Interned<T> {

    private final List<T> values = new ArrayList<>();
    private final Map<T, Short> numbers = new HashMap<>();

    /** The value's number, given on first sight; -1 once {@link Short#MAX_VALUE} values are numbered. */
    short number(T value) {
        Short known = numbers.get(value);
        if (known != null) {
            return known;
        }
        if (values.size() >= Short.MAX_VALUE) {
            return -1;
        }
        short n = (short) values.size();
        values.add(value);
        numbers.put(value, n);
        return n;
    }

    T value(short number) {
        return values.get(number);
    }

    List<T> values() {
        return Collections.unmodifiableList(values);
    }
}
