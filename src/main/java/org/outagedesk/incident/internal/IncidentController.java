package org.outagedesk.incident.internal;

import java.util.List;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentException;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.IncidentState;
import org.outagedesk.incident.IncidentSummary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/incidents} and {@code GET /api/v1/incidents/{id}} for IT staff and managers. */
@RestController
@RequestMapping("/api/v1/incidents")
class IncidentController {

    private final IncidentService incidentService;

    IncidentController(IncidentService incidentService) {
        this.incidentService = incidentService;
    }

    @GetMapping
    List<IncidentSummary> list(@RequestParam(required = false) IncidentState state) {
        return incidentService.list(state);
    }

    @GetMapping("/{id}")
    IncidentDetails find(@PathVariable long id) {
        return incidentService.find(id).orElseThrow(() -> new IncidentException("incident.error.not-found", id));
    }
}
