package org.outagedesk.probe.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EndpointRepository extends JpaRepository<Endpoint, Long> {

    List<Endpoint> findAllByOrderByNameAsc();

    List<Endpoint> findByEnabledTrue();

    List<Endpoint> findByDemoTrue();

    Optional<Endpoint> findByName(String name);
}
