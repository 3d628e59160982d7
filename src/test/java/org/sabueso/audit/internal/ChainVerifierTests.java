package org.sabueso.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.Test;
import org.sabueso.audit.AuditEntry;
import org.sabueso.audit.ChainVerdict;
import org.sabueso.audit.ChainVerdict.Anchor;
import org.sabueso.audit.ChainVerdict.Problem;

/** The verifier on chains built by hand: intact, edited, relinked, with holes, cut short. */
class ChainVerifierTests {

    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00.123456Z");

    /** Builds entry {@code seq} on top of {@code prev}, hashed as the audit log hashes. */
    static AuditEntry entry(long seq, String prevHash) {
        Instant at = T0.plusMillis(seq * 7);
        String actor = seq % 3 == 0 ? "ve.analyst" : "co.supervisor";
        String agency = seq % 5 == 0 ? null : "VE-CICPC";
        String detail = "subject " + seq + " via api";
        return new AuditEntry(seq, at, actor, agency, "notice.read", "notice", "n-" + seq, detail, prevHash,
                AuditChain.hash(seq, at, actor, agency, "notice.read", "notice", "n-" + seq, detail, prevHash));
    }

    static List<AuditEntry> chain(int n) {
        List<AuditEntry> out = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        for (int i = 1; i <= n; i++) {
            AuditEntry e = entry(i, prev);
            out.add(e);
            prev = e.hash();
        }
        return out;
    }

    private static ChainVerdict verify(List<AuditEntry> entries) {
        return ChainVerifier.verify(entries.iterator(), null, null, 100_000);
    }

    /** The first broken link of the chain, which must be at {@code seq} and of that kind. */
    private static ChainVerdict.Broken brokenAt(List<AuditEntry> chain, Anchor anchor, long seq, Problem problem) {
        ChainVerdict verdict = ChainVerifier.verify(chain.iterator(), anchor, null, 100_000);
        assertThat(verdict).isInstanceOf(ChainVerdict.Broken.class);
        ChainVerdict.Broken broken = (ChainVerdict.Broken) verdict;
        assertThat(broken.seq()).isEqualTo(seq);
        assertThat(broken.problem()).isEqualTo(problem);
        return broken;
    }

    /** The entry with its hash recomputed from its (possibly edited) fields, as a forger would. */
    private static AuditEntry rehashed(AuditEntry e) {
        return new AuditEntry(e.seq(), e.at(), e.actor(), e.actorAgency(), e.action(), e.targetType(), e.targetId(),
                e.detail(), e.prevHash(), AuditChain.recompute(e));
    }

    private static AuditEntry withDetail(AuditEntry e, String detail) {
        return new AuditEntry(e.seq(), e.at(), e.actor(), e.actorAgency(), e.action(), e.targetType(), e.targetId(),
                detail, e.prevHash(), e.hash());
    }

    @Test
    void an_intact_chain_reports_its_length_and_head() {
        List<AuditEntry> chain = chain(20);
        assertThat(verify(chain)).isEqualTo(new ChainVerdict.Intact(20, 20, chain.getLast().hash()));
    }

    @Test
    void an_empty_chain_is_intact_with_the_genesis_hash_as_head() {
        assertThat(verify(List.of())).isEqualTo(new ChainVerdict.Intact(0, 0, AuditChain.GENESIS));
    }

    @Test
    void an_edited_entry_breaks_the_chain_at_that_entry() {
        List<AuditEntry> chain = chain(20);
        chain.set(11, withDetail(chain.get(11), "subject 12 via web"));
        ChainVerdict.Broken broken = brokenAt(chain, null, 12, Problem.HASH_MISMATCH);
        assertThat(broken.entries()).isEqualTo(11);
        assertThat(broken.detail()).contains(chain.get(11).hash());
    }

    @Test
    void an_edited_entry_with_a_recomputed_hash_breaks_the_link_of_the_next_one() {
        List<AuditEntry> chain = chain(20);
        chain.set(11, rehashed(withDetail(chain.get(11), "subject 12 via web")));
        brokenAt(chain, null, 13, Problem.PREV_HASH_MISMATCH);
    }

    @Test
    void a_deleted_entry_is_a_gap_at_its_seq() {
        List<AuditEntry> chain = chain(20);
        chain.remove(6);
        assertThat(brokenAt(chain, null, 7, Problem.GAP).detail()).isEqualTo("expected seq 7, found 8 (1 missing)");
    }

    @Test
    void a_chain_whose_first_entries_were_deleted_is_a_gap_at_seq_1() {
        brokenAt(chain(20).subList(3, 20), null, 1, Problem.GAP);
    }

    @Test
    void only_the_first_break_is_reported() {
        List<AuditEntry> chain = chain(20);
        chain.set(15, withDetail(chain.get(15), "x"));
        chain.remove(4);
        assertThat(((ChainVerdict.Broken) verify(chain)).seq()).isEqualTo(5);
    }

    @Test
    void a_chain_cut_short_passes_its_links_but_not_an_anchor_written_down_before() {
        List<AuditEntry> chain = chain(20);
        Anchor anchor = new Anchor(20, chain.getLast().hash());
        List<AuditEntry> truncated = chain.subList(0, 15);
        assertThat(verify(truncated)).isInstanceOf(ChainVerdict.Intact.class);
        brokenAt(truncated, anchor, 20, Problem.ANCHOR_MISMATCH);
        assertThat(ChainVerifier.verify(chain.iterator(), anchor, null, 10)).isInstanceOf(ChainVerdict.Intact.class);
    }

    @Test
    void a_chain_cut_after_a_checkpoint_is_truncated_at_the_first_missing_seq() {
        List<AuditEntry> chain = chain(20);
        Anchor checkpoint = new Anchor(18, chain.get(17).hash());
        assertThat(ChainVerifier.verify(chain.iterator(), null, checkpoint, null, 10)).isInstanceOf(ChainVerdict.Intact.class);
        ChainVerdict verdict = ChainVerifier.verify(chain.subList(0, 15).iterator(), null, checkpoint, null, 10);
        assertThat(verdict).isEqualTo(new ChainVerdict.Broken(16, Problem.TRUNCATED_AFTER_CHECKPOINT,
                "the chain ends at seq 15, the latest signed checkpoint holds seq 18", 15));
        assertThat(((ChainVerdict.Broken) ChainVerifier.verify(List.<AuditEntry>of().iterator(), null, checkpoint, null, 10)).seq())
                .isEqualTo(1);
    }

    @Test
    void a_chain_that_holds_another_hash_at_the_checkpoint_is_a_checkpoint_mismatch() {
        List<AuditEntry> chain = chain(20);
        Anchor checkpoint = new Anchor(10, "a".repeat(64));
        ChainVerdict verdict = ChainVerifier.verify(chain.iterator(), null, checkpoint, null, 10);
        assertThat(verdict).isInstanceOf(ChainVerdict.Broken.class);
        assertThat(((ChainVerdict.Broken) verdict).seq()).isEqualTo(10);
        assertThat(((ChainVerdict.Broken) verdict).problem()).isEqualTo(Problem.CHECKPOINT_MISMATCH);
    }

    @Test
    void a_chain_rewritten_from_some_entry_on_fails_an_older_anchor() {
        List<AuditEntry> chain = chain(20);
        Anchor anchor = new Anchor(10, chain.get(9).hash());
        // rewrite from entry 8 on, relinking every later entry: the links all hold again
        List<AuditEntry> rewritten = new ArrayList<>(chain.subList(0, 7));
        String prev = rewritten.getLast().hash();
        for (int seq = 8; seq <= 20; seq++) {
            AuditEntry e = rehashed(withDetail(entry(seq, prev), "forged " + seq));
            rewritten.add(e);
            prev = e.hash();
        }
        assertThat(verify(rewritten)).isInstanceOf(ChainVerdict.Intact.class);
        brokenAt(rewritten, anchor, 10, Problem.ANCHOR_MISMATCH);
    }

    @Test
    void anchors_parse_as_printed() {
        String hash = chain(1).getFirst().hash();
        assertThat(Anchor.parse(" 1:" + hash.toUpperCase() + " ")).isEqualTo(new Anchor(1, hash));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> Anchor.parse("12"));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> Anchor.parse("x:" + hash));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> Anchor.parse("3:abc"));
    }

    @Test
    void a_million_entries_verify_streaming_with_progress() {
        // generated on the fly: the verifier never sees a list, only the next entry
        int n = 1_000_000;
        Iterator<AuditEntry> stream = new Iterator<>() {
            long seq = 0;
            String prev = AuditChain.GENESIS;

            @Override
            public boolean hasNext() {
                return seq < n;
            }

            @Override
            public AuditEntry next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                AuditEntry e = entry(++seq, prev);
                prev = e.hash();
                return e;
            }
        };
        List<Long> reports = new ArrayList<>();
        ChainVerdict verdict = ChainVerifier.verify(stream, null, reports::add, 100_000);
        assertThat(verdict).isInstanceOf(ChainVerdict.Intact.class);
        assertThat(verdict.entries()).isEqualTo(n);
        assertThat(reports).hasSize(10).startsWith(100_000L).endsWith(1_000_000L);
    }
}
