package org.sabueso.tip.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;

/**
 * What {@code bench tips} ({@code org.sabueso.tools.tips}) checks after its run: how many tips
 * the service stored, and which acknowledged receipts it did not. The one type of the tip line a
 * tool may touch: the receipt hash and its key stay inside the module, and a tipster's
 * follow-up (the public way to look a codename up) would cost a decryption per receipt.
 */
@NamedInterface("bench")
public final class ReceiptProbe {

    private ReceiptProbe() {
    }

    /** Tips on record in the service whose context this is. */
    public static long stored(ApplicationContext service) {
        return service.getBean(JdbcClient.class).sql("SELECT count(*) FROM tip").query(Long.class).single();
    }

    /** How many of these acknowledged codenames have no tip on record: tips lost after their receipt. */
    public static long lost(ApplicationContext service, Collection<String> codenames) {
        JdbcClient jdbc = service.getBean(JdbcClient.class);
        TipSecrets secrets = service.getBean(TipSecrets.class);
        Set<String> onRecord = new HashSet<>();
        jdbc.sql("SELECT receipt_hash FROM tip").query((java.sql.ResultSet rs) -> {
            onRecord.add(HexFormat.of().formatHex(rs.getBytes(1)));
        });
        return codenames.stream().filter(c -> !onRecord.contains(HexFormat.of().formatHex(
                TipCrypto.hmac(secrets.receiptKey(), Codenames.canonical(c).orElse(c))))).count();
    }
}
