package org.outagedesk.runbook.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NoteRepository extends JpaRepository<Note, Long> {

    List<Note> findByRunItemIdInOrderByIdAsc(Collection<Long> runItemIds);
}
