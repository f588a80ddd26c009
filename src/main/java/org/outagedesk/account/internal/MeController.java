package org.outagedesk.account.internal;

import org.outagedesk.account.AccountService;
import org.outagedesk.account.AccountSummary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/me}: the account the bearer token (or session) belongs to. */
@RestController
class MeController {

    record Me(long id, String email, String displayName, String department, String site, String language,
            java.util.List<String> roles) {}

    private final AccountService accountService;

    MeController(AccountService accountService) {
        this.accountService = accountService;
    }

    @GetMapping("/api/v1/me")
    Me me() {
        AccountSummary account = accountService.currentAccount();
        return new Me(account.id(), account.email(), account.displayName(), account.department(), account.site(),
                account.language(), account.roles().stream().map(Enum::name).sorted().toList());
    }
}
