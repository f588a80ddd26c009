package org.outagedesk.notification.internal;

import io.swagger.v3.oas.annotations.Operation;
import org.outagedesk.notification.Subscriptions;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/incidents/{id}/subscription}: the caller's own subscription to an incident
 * (any signed-in role). PUT (or POST) follows, DELETE stops following; both are idempotent.
 */
@RestController
@RequestMapping("/api/v1/incidents/{id}/subscription")
class SubscriptionController {

    /** Whether the caller follows the incident. */
    record SubscriptionState(long incidentId, boolean following) {}

    private final Subscriptions subscriptions;

    SubscriptionController(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @GetMapping
    @Operation(summary = "Whether you follow the incident")
    SubscriptionState get(@PathVariable long id) {
        return new SubscriptionState(id, subscriptions.following(id));
    }

    @RequestMapping(method = {RequestMethod.PUT, RequestMethod.POST})
    @Operation(summary = "Follow an open incident: receive its public updates and resolution summary",
            description = "Idempotent. 404 when there is no open incident with that id.")
    SubscriptionState follow(@PathVariable long id) {
        subscriptions.follow(id);
        return new SubscriptionState(id, true);
    }

    @DeleteMapping
    @Operation(summary = "Stop following the incident", description = "Idempotent; only your own subscription.")
    SubscriptionState unfollow(@PathVariable long id) {
        subscriptions.unfollow(id);
        return new SubscriptionState(id, false);
    }
}
