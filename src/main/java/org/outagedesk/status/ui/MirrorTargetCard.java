package org.outagedesk.status.ui;

import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.outagedesk.base.ui.BrowserTime;
import org.outagedesk.base.ui.Samp;
import org.outagedesk.status.MirrorTargetState;

/** One mirror target: what and where it is, its last good write, its last error and the next retry. */
class MirrorTargetCard extends Div {

    MirrorTargetCard(MirrorTargetState state) {
        String id = "mirror-" + state.kind().name().toLowerCase(Locale.ROOT);
        setId(id);
        addClassNames("panel", "mirror-target");
        Span badge = new Span(getTranslation(state.failing() ? "status.mirror.state.failing"
                : state.lastSuccessAt() == null ? "status.mirror.state.waiting" : "status.mirror.state.ok"));
        badge.setId(id + "-state");
        badge.addClassNames("mirror-badge", state.failing() ? "mirror-badge-failing"
                : state.lastSuccessAt() == null ? "mirror-badge-waiting" : "mirror-badge-ok");
        H3 title = new H3(getTranslation("status.mirror.kind." + state.kind().name()) + " ");
        title.add(badge);
        Code where = new Code(state.where());
        where.addClassName("mirror-where");
        add(title, where,
                line(id + "-last-success", getTranslation("status.mirror.last-success", state.lastSuccessAt() == null
                        ? getTranslation("status.mirror.never") : BrowserTime.format(state.lastSuccessAt()))),
                line(id + "-files", getTranslation("status.mirror.files", state.filesWritten(), state.filesHeld())));
        if (state.lastError() != null) {
            Paragraph error = line(id + "-error",
                    getTranslation("status.mirror.last-error", BrowserTime.format(state.lastErrorAt())) + " ");
            error.add(new Samp(state.lastError()));
            add(error);
        }
        if (state.failing()) {
            add(line(id + "-next-retry", getTranslation("status.mirror.next-retry",
                    BrowserTime.format(state.nextRetryAt()))));
        }
    }

    private static Paragraph line(String id, String text) {
        Paragraph line = new Paragraph(text);
        line.setId(id);
        return line;
    }
}
