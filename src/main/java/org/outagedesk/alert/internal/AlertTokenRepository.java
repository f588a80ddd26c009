package org.outagedesk.alert.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AlertTokenRepository extends JpaRepository<AlertToken, Long> {

    Optional<AlertToken> findByTokenHashAndRevokedAtIsNull(String tokenHash);

    List<AlertToken> findByRevokedAtIsNull();
}
