package org.outagedesk.status.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.outagedesk.account.Roles;
import org.outagedesk.base.ui.LocalizedTitle;
import org.outagedesk.status.MirrorTargetState;
import org.outagedesk.status.StatusMirror;

/**
 * Admins see where the status mirror is written, when each target last took a write, its last error
 * and next retry, and can write everything again now. The states are read again every few seconds
 * while the screen is open.
 */
@Route("admin/status-mirror")
@RolesAllowed(Roles.ADMIN)
@StyleSheet("styles/status-mirror.css")
public class StatusMirrorView extends Div implements LocalizedTitle {

    static final int POLL_MILLIS = 5000;

    private final StatusMirror mirror;
    private final Div targets = new Div();
    private final Button writeNow = new Button();
    private Registration polling;

    public StatusMirrorView(StatusMirror mirror) {
        this.mirror = mirror;
        addClassNames("view-content", "status-mirror");
        Paragraph intro = new Paragraph(getTranslation("status.mirror.intro"));
        intro.addClassName("muted");
        writeNow.setText(getTranslation("status.mirror.write-now"));
        writeNow.setIcon(VaadinIcon.UPLOAD.create());
        writeNow.setId("mirror-write-now");
        writeNow.addThemeVariants(ButtonVariant.PRIMARY);
        writeNow.addClickListener(click -> writeEverythingNow());
        Div head = new Div(new H2(getTranslation("status.mirror.title")), writeNow);
        head.addClassName("view-heading");
        targets.setId("mirror-targets");
        targets.addClassName("mirror-targets");
        add(head, intro, targets);
        refresh();
    }

    void refresh() {
        targets.removeAll();
        List<MirrorTargetState> states = mirror.targets();
        writeNow.setVisible(!states.isEmpty());
        if (states.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("status.mirror.not-configured") + " ");
            none.add(new Code("outagedesk.status.mirror.directory"), new Text(" · "),
                    new Code("outagedesk.status.mirror.s3.bucket"));
            none.setId("mirror-not-configured");
            targets.add(none);
        }
        states.forEach(state -> targets.add(new MirrorTargetCard(state)));
    }

    private void writeEverythingNow() {
        mirror.writeNow();
        Notification.show(getTranslation("status.mirror.writing"), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.SUCCESS);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().setPollInterval(POLL_MILLIS);
        polling = attach.getUI().addPollListener(poll -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        detach.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    @Override
    public String titleKey() {
        return "status.mirror.title";
    }
}
