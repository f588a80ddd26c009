package org.outagedesk.account;

import java.util.List;
import java.util.Optional;

/** Personal API tokens for {@code /api/v1}: only a hash is stored, revocation is immediate. */
public interface ApiTokenService {

    List<ApiTokenSummary> myTokens();

    /** Creates a token for the signed-in person; the secret is returned once. */
    NewApiToken create(String name);

    /** Revokes one of the signed-in person's tokens. */
    void revoke(long tokenId);

    /** The enabled, verified account an active token belongs to, if any. */
    Optional<LoginAccount> authenticate(String secret);
}
