package org.outagedesk.security;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.Locale;
import org.outagedesk.account.LoginAccount;
import org.outagedesk.base.SignedInUser;

/** Who a signed-in person is, the same whichever way they signed in (password, directory, provider, token). */
public record AccountIdentity(long accountId, String email, String displayName, Locale language, ZoneId zone)
        implements SignedInUser, Serializable {

    public static AccountIdentity of(LoginAccount account) {
        return new AccountIdentity(account.id(), account.email(), account.displayName(),
                account.language() == null ? null : Locale.forLanguageTag(account.language()),
                account.timeZone() == null ? null : ZoneId.of(account.timeZone()));
    }

    /** A principal that is this person: every {@link SignedInUser} question answered by {@link #identity()}. */
    public interface Holder extends SignedInUser {

        AccountIdentity identity();

        @Override
        default long accountId() {
            return identity().accountId();
        }

        @Override
        default String email() {
            return identity().email();
        }

        @Override
        default String displayName() {
            return identity().displayName();
        }

        @Override
        default Locale language() {
            return identity().language();
        }

        @Override
        default ZoneId zone() {
            return identity().zone();
        }
    }
}
