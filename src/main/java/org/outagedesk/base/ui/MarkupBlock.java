package org.outagedesk.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A read-only part of a page drawn by the browser from server-written {@link Markup}: one state node
 * on the server however many elements it shows. Buttons in it ({@link Markup#button}) report their
 * {@code data-action} through one click listener.
 *
 * <p>The HTML is sent to the browser and not kept: the block keeps what it draws from and draws
 * again only when the browser needs the HTML anew (the block attached again, or the page
 * resynchronised). Kept as an element property, the markup of an incident page was 26 KB of every
 * open page's heap (docs/benchmarks.md, memory per UI).
 */
@Tag("div")
public class MarkupBlock extends Component {

    /** What the browser sends with a click: the action of the button clicked. */
    public static final String ACTION = "event.target.closest('[data-action]')?.dataset.action";

    /** Clicks outside a button are not sent. */
    public static final String ON_A_BUTTON = "event.target.closest('[data-action]') != null";

    /**
     * Draws the HTML into the block. When the block shows as many top-level elements as before, only
     * those whose markup changed are replaced, so a change to one checklist item leaves the others'
     * elements (and a keyboard focus in them) alone; each element keeps the markup it was drawn from.
     */
    private static final String DRAW = """
            const t = document.createElement('template'); t.innerHTML = $0;
            const next = [...t.content.childNodes], old = [...this.childNodes];
            const source = n => n.outerHTML ?? n.textContent;
            if (old.length !== next.length || old.some(n => n.__markup === undefined)) {
              next.forEach(n => n.__markup = source(n)); this.replaceChildren(...next);
            } else {
              next.forEach((n, i) => { const s = source(n);
                if (old[i].__markup !== s) { n.__markup = s; old[i].replaceWith(n); } });
            }""";

    /** Replaces the block's top-level element at an index with one drawn from the markup. */
    private static final String REPLACE_PART = """
            const old = this.childNodes[$0], t = document.createElement('template'); t.innerHTML = $1;
            const n = t.content.firstChild;
            if (old && n) { n.__markup = n.outerHTML; old.replaceWith(n); }""";

    private Supplier<String> content = () -> "";
    // In parts mode: the drawing of each top-level element, and what each part sent last was.
    private Supplier<List<Markup>> partsDrawing;
    private long[] sentParts;
    // What the browser was last sent (fingerprint), to send nothing when a refresh draws the same again.
    private long sent = -1;

    public MarkupBlock(String className) {
        getElement().setAttribute("class", className);
    }

    /** Shows the markup; the browser is sent nothing when it is what is shown already. */
    public void show(Markup markup) {
        String html = markup.toString();
        draw(() -> html, html);
    }

    /**
     * Shows what {@code drawing} writes, and keeps only the drawing: use it for large blocks whose
     * data the page keeps anyway, so the HTML is not kept as well.
     */
    public void show(Supplier<Markup> drawing) {
        draw(() -> drawing.get().toString(), null);
    }

    /**
     * Shows parts drawn one by one, each exactly one top-level element, and keeps only the drawing.
     * When as many parts are drawn as the browser shows, only the parts that changed are sent: one
     * checklist item's change sends that item, not the whole checklist, to every page that shows it.
     */
    public void showParts(Supplier<List<Markup>> drawing) {
        partsDrawing = drawing;
        content = () -> String.join("", drawnParts());
        if (!isAttached()) {
            return;
        }
        List<String> parts = drawnParts();
        if (sentParts == null || sentParts.length != parts.size()) {
            sendParts(parts);
            return;
        }
        for (int index = 0; index < parts.size(); index++) {
            long fingerprint = fingerprint(parts.get(index));
            if (fingerprint != sentParts[index]) {
                sentParts[index] = fingerprint;
                getElement().executeJs(REPLACE_PART, index, parts.get(index));
            }
        }
    }

    private List<String> drawnParts() {
        return partsDrawing.get().stream().map(Markup::toString).toList();
    }

    private void sendParts(List<String> parts) {
        sentParts = parts.stream().mapToLong(MarkupBlock::fingerprint).toArray();
        send(String.join("", parts), true);
    }

    private static long fingerprint(String html) {
        return ((long) html.length() << 32) | (html.hashCode() & 0xffffffffL);
    }

    private void draw(Supplier<String> next, String html) {
        partsDrawing = null;
        sentParts = null;
        content = next;
        if (isAttached()) {
            send(html == null ? next.get() : html, false);
        }
    }

    private void send(String html, boolean always) {
        long fingerprint = fingerprint(html);
        if (always || fingerprint != sent) {
            sent = fingerprint;
            getElement().executeJs(DRAW, html);
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        // A new element in the browser (first render, attached again, resynchronised): it is empty.
        if (partsDrawing != null) {
            sendParts(drawnParts());
        } else {
            send(content.get(), true);
        }
    }

    /** What is shown, as HTML. */
    public String html() {
        return content.get();
    }

    /** Calls the handler with the action of each button clicked (or pressed with the keyboard). */
    public void onAction(Consumer<String> handler) {
        getElement().addEventListener("click", event -> {
            var action = event.getEventData().get(ACTION);
            if (action != null && action.isString()) {
                handler.accept(action.asString());
            }
        }).addEventData(ACTION).setFilter(ON_A_BUTTON);
    }

    /** Moves the keyboard focus to the first button shown, or the one with this action when it is shown. */
    public void focusButton(String action) {
        focusButton(action, null);
    }

    /**
     * Moves the keyboard focus to the button with this action inside the element with this id (the
     * whole block when null), or to the first button there when that one is gone.
     */
    public void focusButton(String action, String withinId) {
        getElement().executeJs("const s = ($1 && this.querySelector('#' + CSS.escape($1))) || this;"
                + " const b = s.querySelector('[data-action=\"' + $0 + '\"]') || s.querySelector('[data-action]');"
                + " if (b) { b.focus(); }", action, withinId == null ? "" : withinId);
    }
}
