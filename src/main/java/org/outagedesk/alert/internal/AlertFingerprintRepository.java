package org.outagedesk.alert.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AlertFingerprintRepository extends JpaRepository<AlertFingerprint, Long> {

    Optional<AlertFingerprint> findByFingerprint(String fingerprint);

    List<AlertFingerprint> findByFingerprintIn(Collection<String> fingerprints);

    long countByIncidentIdAndFiringTrue(long incidentId);
}
