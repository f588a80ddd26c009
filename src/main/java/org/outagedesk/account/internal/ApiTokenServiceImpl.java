package org.outagedesk.account.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.outagedesk.account.AccountException;
import org.outagedesk.account.ApiTokenService;
import org.outagedesk.account.ApiTokenSummary;
import org.outagedesk.account.LoginAccount;
import org.outagedesk.account.NewApiToken;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class ApiTokenServiceImpl implements ApiTokenService {

    static final String SECRET_PREFIX = "od_";
    private static final int MAX_ACTIVE_TOKENS = 20;

    private final ApiTokenRepository apiTokens;
    private final ApiTokenLookup lookup;
    private final Clock clock;

    ApiTokenServiceImpl(ApiTokenRepository apiTokens, ApiTokenLookup lookup, Clock clock) {
        this.apiTokens = apiTokens;
        this.lookup = lookup;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ApiTokenSummary> myTokens() {
        return apiTokens.findByAccountIdOrderByCreatedAtDesc(CurrentAccount.id()).stream()
                .map(ApiToken::summary).toList();
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public NewApiToken create(String name) {
        if (name == null || name.isBlank() || name.length() > 80 || name.chars().anyMatch(c -> c < 0x20)) {
            throw new AccountException("account.tokens.name-invalid", 80);
        }
        long accountId = CurrentAccount.id();
        long active = apiTokens.findByAccountIdOrderByCreatedAtDesc(accountId).stream().filter(ApiToken::active).count();
        if (active >= MAX_ACTIVE_TOKENS) {
            throw new AccountException("account.tokens.too-many", MAX_ACTIVE_TOKENS);
        }
        String secret = SECRET_PREFIX + Secrets.newSecret();
        ApiToken token = apiTokens.save(new ApiToken(accountId, name, secret.substring(0, 10), Secrets.hash(secret),
                clock.instant()));
        return new NewApiToken(token.summary(), secret);
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public void revoke(long tokenId) {
        ApiToken token = apiTokens.findById(tokenId)
                .filter(found -> found.accountId() == CurrentAccount.id())
                .orElseThrow(() -> new AccountException("account.error.not-found"));
        token.revoke(clock.instant());
    }

    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Optional<LoginAccount> authenticate(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 200) {
            return Optional.empty();
        }
        return lookup.owner(Secrets.hash(secret))
                .filter(owner -> owner.account().enabled() && owner.account().emailVerified())
                .map(owner -> {
                    lookup.markUsed(owner, clock.instant());
                    return owner.account();
                });
    }
}
