package org.outagedesk.status.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.outagedesk.status.MirrorTargetState;
import org.outagedesk.status.StatusMirror;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.CacheControl;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The static mirror: one {@link MirrorWriter} per configured target, fed with the mirror's files after
 * every rebuild of the {@link StatusSnapshot}. With no target configured nothing is started.
 */
@Service
@EnableConfigurationProperties(MirrorProperties.class)
class StatusMirrorService implements StatusMirror, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(StatusMirrorService.class);

    private final StatusSnapshot snapshot;
    private final List<MirrorWriter> writers;
    private final AutoCloseable subscription;

    StatusMirrorService(MirrorProperties mirror, StatusProperties status, StatusSnapshot snapshot, Clock clock) {
        this.snapshot = snapshot;
        this.writers = targets(mirror, status).stream()
                .map(target -> new MirrorWriter(target, mirror.retryFirst(), mirror.retryMax(), clock)).toList();
        if (writers.isEmpty()) {
            this.subscription = () -> { };
        } else {
            this.subscription = snapshot.afterRebuild(content -> writers.forEach(writer -> writer.offer(content.mirror())));
            log.info("Status mirror writes to {}", writers.stream().map(writer -> writer.state().where()).toList());
        }
    }

    private static List<MirrorTarget> targets(MirrorProperties mirror, StatusProperties status) {
        List<MirrorTarget> targets = new ArrayList<>();
        if (mirror.writesToDirectory()) {
            targets.add(new DirectoryMirrorTarget(Path.of(mirror.directory().strip())));
        }
        if (mirror.s3().configured()) {
            CacheControl cache = CacheControl.maxAge(status.maxAge()).mustRevalidate();
            targets.add(new S3MirrorTarget(mirror.s3(),
                    (status.isPublic() ? cache.cachePublic() : cache.cachePrivate()).getHeaderValue()));
        }
        return targets;
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public List<MirrorTargetState> targets() {
        return writers.stream().map(MirrorWriter::state).toList();
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public void writeNow() {
        if (!writers.isEmpty()) {
            Map<String, Rendered> files = snapshot.content().mirror();
            writers.forEach(writer -> writer.writeAll(files));
        }
    }

    @Override
    public void destroy() throws Exception {
        subscription.close();
        writers.forEach(MirrorWriter::close);
    }
}
