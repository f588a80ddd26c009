package org.outagedesk.alert.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AlertGroupRepository extends JpaRepository<AlertGroup, Long> {

    Optional<AlertGroup> findByGroupHash(String groupHash);
}
