package org.outagedesk.status.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.incident.IncidentChanged;
import org.outagedesk.incident.IncidentEvent;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.PublicIncident;
import org.outagedesk.incident.StatusUpdatePosted;
import org.outagedesk.live.LiveBus;
import org.outagedesk.probe.ProbeTopics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The rendered status in memory: one HTML and Atom per language and one JSON. Rebuilt on its
 * own thread after an incident or update change commits (several changes in a row make one
 * rebuild), once a minute for the 30-day window, and at start. Readers never touch the database.
 * A committed change is announced on the live topic {@value #TOPIC}, which every node hears
 * (the live bus crosses nodes on a cluster), so each node rebuilds its own snapshot.
 */
@Component
class StatusSnapshot implements DisposableBean {

    /**
     * Everything a request may be answered with, and the static mirror's files by name
     * ({@link MirrorFiles}), whose links stay among the mirror's files.
     */
    record Content(Map<String, Rendered> html, Map<String, Rendered> atom, Rendered json, Map<String, Rendered> badges,
            Map<String, Rendered> embeds, Map<String, Rendered> history, Map<String, Rendered> mirror) {}

    static final String TOPIC = "status";
    static final String CHANGED = "changed";

    private static final String HTML = "text/html;charset=utf-8";
    private static final String ATOM = "application/atom+xml;charset=utf-8";
    private static final String SVG = "image/svg+xml";

    private static final Logger log = LoggerFactory.getLogger(StatusSnapshot.class);

    private final StatusSources sources;
    private final StatusRenderer renderer;
    private final StatusWidgets widgets;
    private final StatusProperties properties;
    private final Clock clock;
    private final StatusLinks portalLinks;
    private final StatusLinks mirrorLinks = StatusLinks.mirror("");
    private final LiveBus bus;
    private final LiveBus.Subscription changes;
    private final LiveBus.Subscription probeChanges;
    /** Rebuilds one at a time, now or at the next maintenance step. */
    private final ScheduledExecutorService rebuilder = Executors.newSingleThreadScheduledExecutor(
            Thread.ofVirtual().factory());
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile ScheduledFuture<?> nextStep;
    private volatile Content content;
    private final List<java.util.function.Consumer<Content>> rebuildListeners =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    StatusSnapshot(StatusRenderer renderer, StatusWidgets widgets,
            StatusProperties properties, Clock clock,
            @Value("${outagedesk.base-url:http://localhost:8080}") String baseUrl, LiveBus bus,
            StatusSources sources) {
        this.sources = sources;
        this.widgets = widgets;
        this.renderer = renderer;
        this.properties = properties;
        this.clock = clock;
        this.portalLinks = StatusLinks.portal(publicBase(baseUrl));
        this.bus = bus;
        this.changes = bus.subscribe(TOPIC, changed -> requestRebuild());
        this.probeChanges = bus.subscribe(ProbeTopics.FAILING_CHANGED, endpoint -> requestRebuild());
    }

    /**
     * The configured public address without a trailing slash: links on the page and in the feed
     * are built from it only, never from a request's Host header.
     */
    static String publicBase(String configured) {
        return configured.strip().replaceAll("/+$", "");
    }

    Content content() {
        Content current = content;
        if (current == null) {
            synchronized (this) {
                if (content == null) {
                    rebuild();
                }
                current = content;
            }
        }
        return current;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(IncidentEvent event) {
        if (!IncidentChanged.checklistStep(event)) { // a checklist step is not public
            bus.publish(TOPIC, CHANGED);
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(StatusUpdatePosted event) {
        bus.publish(TOPIC, CHANGED);
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        requestRebuild();
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void periodically() {
        requestRebuild();
    }

    void requestRebuild() {
        if (queued.compareAndSet(false, true)) {
            rebuilder.execute(() -> {
                queued.set(false);
                try {
                    rebuild();
                } catch (RuntimeException e) {
                    log.warn("Status page not rebuilt, the previous one stays: {}", e.getMessage());
                }
            });
        }
    }

    synchronized void rebuild() {
        Instant exactly = clock.instant();
        Instant now = exactly.truncatedTo(ChronoUnit.SECONDS);
        StatusView view = sources.read(exactly);
        List<PublicIncident> incidents = view.incidents();
        Content previous = content;
        Map<String, Rendered> html = new HashMap<>();
        Map<String, Rendered> atom = new HashMap<>();
        Map<String, Rendered> badges = new HashMap<>();
        Map<String, Rendered> embeds = new HashMap<>();
        Map<String, Rendered> history = new HashMap<>();
        Map<String, Rendered> mirror = new HashMap<>();
        Map<String, Rendered> mirrorBefore = previous == null ? Map.of() : previous.mirror();
        Set<MailService> affected = StatusRenderer.affected(incidents.stream().filter(PublicIncident::open).toList());
        for (Locale language : BundleI18NProvider.LANGUAGES) {
            String code = language.getLanguage();
            for (MailService service : services()) {
                String key = StatusWidgets.badgeKey(code, service);
                badges.put(key, keepDate(previous == null ? null : previous.badges().get(key),
                        widgets.badge(affected, service, language), SVG, now));
                mirror.put(MirrorFiles.badge(code, service), badges.get(key));
            }
            embeds.put(code, keepDate(previous == null ? null : previous.embeds().get(code),
                    widgets.embed(incidents, language, portalLinks), HTML, now));
            html.put(code, keepDate(previous == null ? null : previous.html().get(code),
                    renderer.html(view, language, portalLinks), HTML, now));
            history.put(code, keepDate(previous == null ? null : previous.history().get(code),
                    renderer.history(view, language, portalLinks), HTML, now));
            atom.put(code, keepDate(previous == null ? null : previous.atom().get(code),
                    renderer.atom(view, language, portalLinks), ATOM, now));
            putMirror(mirror, mirrorBefore, MirrorFiles.embed(code), widgets.embed(incidents, language, mirrorLinks),
                    HTML, now);
            putMirror(mirror, mirrorBefore, MirrorFiles.page(code), renderer.html(view, language, mirrorLinks), HTML,
                    now);
            putMirror(mirror, mirrorBefore, MirrorFiles.history(code), renderer.history(view, language, mirrorLinks),
                    HTML, now);
            putMirror(mirror, mirrorBefore, MirrorFiles.feed(code), renderer.atom(view, language, mirrorLinks), ATOM,
                    now);
        }
        Rendered json = keepDate(previous == null ? null : previous.json(), StatusJson.of(view), "application/json",
                now);
        mirror.put(MirrorFiles.JSON, json);
        mirror.put(MirrorFiles.INDEX, mirror.get(MirrorFiles.page(properties.defaultLanguage())));
        content = new Content(Map.copyOf(html), Map.copyOf(atom), json, Map.copyOf(badges), Map.copyOf(embeds),
                Map.copyOf(history), Map.copyOf(mirror));
        rebuildAtNextMaintenanceStep(view, exactly);
        rebuildListeners.forEach(listener -> listener.accept(content));
    }

    /** Tells {@code listener} each new content on the rebuilding thread, so it must return at once; close to stop. */
    AutoCloseable afterRebuild(java.util.function.Consumer<Content> listener) {
        rebuildListeners.add(listener);
        return () -> rebuildListeners.remove(listener);
    }

    private static void putMirror(Map<String, Rendered> mirror, Map<String, Rendered> before, String name, String text,
            String type, Instant now) {
        mirror.put(name, keepDate(before.get(name), text, type, now));
    }

    /**
     * Planned maintenance is announced, starts and ends at set times: the page changes then, not at
     * the next minute's rebuild.
     */
    private void rebuildAtNextMaintenanceStep(StatusView view, Instant now) {
        view.maintenance().stream()
                .flatMap(window -> Stream.of(window.startsAt().minus(view.maintenanceNotice()),
                        window.startsAt(), window.endsAt()))
                .filter(step -> step.isAfter(view.at())).min(Instant::compareTo).ifPresent(step -> {
                    ScheduledFuture<?> before = nextStep;
                    if (before != null) {
                        before.cancel(false);
                    }
                    // The page's time is whole seconds: rebuild in the first second that is past the step.
                    Instant due = step.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
                    nextStep = rebuilder.schedule(this::requestRebuild, Math.max(0, Duration.between(now, due).toMillis())
                            + 20, TimeUnit.MILLISECONDS);
                });
    }

    /** Every mail service, and null for the overall badge. */
    private static List<MailService> services() {
        List<MailService> services = new ArrayList<>();
        services.add(null);
        services.addAll(List.of(MailService.values()));
        return services;
    }

    /** Unchanged content keeps its ETag and Last-Modified (the rendering time inside it is ignored for that). */
    private static Rendered keepDate(Rendered previous, String text, String type, Instant now) {
        Rendered fresh = Rendered.of(text, type, now);
        if (previous != null && sameApartFromTime(previous, text)) {
            return previous;
        }
        return fresh;
    }

    private static boolean sameApartFromTime(Rendered previous, String text) {
        String before = new String(previous.body(), java.nio.charset.StandardCharsets.UTF_8);
        return strip(before).equals(strip(text));
    }

    private static String strip(String text) {
        return text.replaceAll("<footer><p>[^<]*</p>", "").replaceAll("<updated>[^<]*</updated>", "")
                .replaceAll("\"generatedAt\":\"[^\"]*\"", "");
    }

    @Override
    public void destroy() {
        changes.close();
        probeChanges.close();
        rebuilder.shutdownNow();
    }
}
