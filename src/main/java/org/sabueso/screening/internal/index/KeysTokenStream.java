package org.sabueso.screening.internal.index;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Emits pre-made keys as tokens, one per term: no analysis happens inside Lucene. */
final class KeysTokenStream extends TokenStream {
    private final String[] keys;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private int next;

    KeysTokenStream(String[] keys) {
        this.keys = keys;
    }

    @Override
    public boolean incrementToken() {
        if (next >= keys.length) {
            return false;
        }
        clearAttributes();
        term.setEmpty().append(keys[next++]);
        return true;
    }

    @Override
    public void reset() {
        next = 0;
    }
}
