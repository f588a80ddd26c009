package org.outagedesk.account.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    List<ApiToken> findByAccountIdOrderByCreatedAtDesc(Long accountId);
}
