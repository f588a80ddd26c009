package org.outagedesk.review.internal;

import java.util.List;
import java.util.Optional;
import org.outagedesk.base.SignedInUser;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentRoles;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.IncidentState;
import org.outagedesk.incident.RoleHolder;
import org.outagedesk.review.ReviewAnswers;
import org.outagedesk.review.ReviewDetails;
import org.outagedesk.review.ReviewException;
import org.outagedesk.review.ReviewFinalised;
import org.outagedesk.review.ReviewService;
import org.outagedesk.review.ReviewStatus;
import org.outagedesk.review.ReviewTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class ReviewServiceImpl implements ReviewService {

    static final String READ = "hasAnyRole('IT_STAFF', 'MANAGER')";
    static final String WRITE = "hasRole('IT_STAFF')";

    private final ReviewStore store;
    private final IncidentService incidents;
    private final ReviewInvitations invitations;
    private final ApplicationEventPublisher events;
    private final ReviewClock clock;
    private final ReviewTemplate template;

    ReviewServiceImpl(ReviewStore store, IncidentService incidents, ReviewInvitations invitations,
            ApplicationEventPublisher events, ReviewClock clock, BundleI18NProvider i18n) {
        this.store = store;
        this.incidents = incidents;
        this.invitations = invitations;
        this.events = events;
        this.clock = clock;
        this.template = new ReviewTemplate(i18n);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public Optional<ReviewDetails> forIncident(long incidentId) {
        return store.findByIncident(incidentId).map(store::details);
    }

    @Override
    @PreAuthorize(WRITE)
    public ReviewDetails start(long incidentId, String language) {
        Optional<Review> existing = store.findByIncident(incidentId);
        if (existing.isPresent()) {
            return store.details(existing.get());
        }
        IncidentDetails incident = incidents.find(incidentId)
                .orElseThrow(() -> new ReviewException("review.error.incident-not-found"));
        if (incident.state() != IncidentState.RESOLVED && incident.state() != IncidentState.CLOSED) {
            throw new ReviewException("review.error.not-resolved", incident.reference());
        }
        String lang = ReviewTemplate.language(language);
        Review review = store.save(new Review(incident.id(), incident.reference(), incident.title(),
                incident.severity(), lang, template.start(incident, lang), me().displayName(),
                clock.now()));
        invitations.invite(review, incident);
        // The review is SOP phase 7: the incident shows it from now on.
        incidents.enterReview(incident.id());
        return store.details(store.save(review));
    }

    @Override
    @PreAuthorize(WRITE)
    public ReviewDetails save(long reviewId, long expectedVersion, ReviewAnswers answers) {
        Review review = store.load(reviewId, expectedVersion);
        review.write(answers, me().displayName(), clock.now());
        return store.details(store.save(review));
    }

    @Override
    @PreAuthorize(READ)
    public ReviewDetails comment(long reviewId, String text) {
        SignedInUser me = me();
        Review review = store.load(reviewId);
        if (review.participants().stream().noneMatch(person -> person.accountId() == me.accountId())) {
            throw new ReviewException("review.error.not-participant");
        }
        store.comment(review, me, Review.text(text, Review.MAX_TEXT), clock.now());
        return store.details(review);
    }

    @Override
    @PreAuthorize(WRITE)
    public ReviewDetails finalise(long reviewId, long expectedVersion) {
        SignedInUser me = me();
        Review review = store.load(reviewId, expectedVersion);
        IncidentDetails incident = incidents.find(review.incidentId())
                .orElseThrow(() -> new ReviewException("review.error.incident-not-found"));
        RoleHolder commander = incident.role(IncidentRoles.COMMANDER);
        if (commander == null) {
            throw new ReviewException("review.error.no-commander", incident.reference());
        }
        if (commander.accountId() != me.accountId()) {
            throw new ReviewException("review.error.commander-only", commander.name());
        }
        review.finalise(me.displayName(), clock.now());
        Review saved = store.save(review);
        events.publishEvent(new ReviewFinalised(saved.id(), saved.incidentId(), saved.answers().cause(),
                clock.now()));
        invitations.publishFindings(saved);
        if (incident.state() == IncidentState.RESOLVED) {
            incidents.close(incident.id(), incident.version());
        }
        return store.details(saved);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public List<ReviewDetails> finalised() {
        return store.withStatus(ReviewStatus.FINAL).stream().map(store::details).toList();
    }

    private static SignedInUser me() {
        return SignedInUser.current().orElseThrow(() -> new IllegalStateException("No signed-in person"));
    }
}
