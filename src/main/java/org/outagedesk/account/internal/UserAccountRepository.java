package org.outagedesk.account.internal;

import java.util.List;
import java.util.Optional;
import org.outagedesk.account.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    Optional<UserAccount> findByOriginProviderAndExternalId(String originProvider, String externalId);

    boolean existsByRolesContaining(Role role);

    long countByEnabledTrueAndDisabledInDirectoryFalseAndRolesContaining(Role role);

    List<UserAccount> findByEnabledTrueAndDisabledInDirectoryFalseAndRolesContainingOrderByDisplayName(Role role);

    @Query("""
            select a from UserAccount a
            where lower(a.email) like lower(concat('%', :text, '%'))
               or lower(a.displayName) like lower(concat('%', :text, '%'))
               or lower(coalesce(a.department, '')) like lower(concat('%', :text, '%'))
            """)
    Page<UserAccount> search(String text, Pageable pageable);
}
