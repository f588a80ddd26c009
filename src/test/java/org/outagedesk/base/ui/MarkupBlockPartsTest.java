package org.outagedesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a block in parts mode sends the browser: everything when it is new, then only the parts that changed. */
@ViewPackages(packages = "org.outagedesk.base.ui.noviews")  // no routes: the test UI holds only the block
class MarkupBlockPartsTest extends BrowserlessTest {

    private final List<String> items = new ArrayList<>(List.of("open", "open", "open"));

    private List<Markup> draw() {
        return items.stream().map(state -> new Markup().line("div", "item", state)).toList();
    }

    private MarkupBlock block;

    /** The scripts queued for the block's element (the test UI queues some of its own). */
    private List<PendingJavaScriptInvocation> sent() {
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(invocation -> invocation.getOwner() == block.getElement().getNode()).toList();
    }

    @Test
    void aNewBlockSendsEverythingThenOnlyThePartThatChanged() {
        block = new MarkupBlock("list");
        block.showParts(this::draw);
        UI.getCurrent().add(block);
        List<PendingJavaScriptInvocation> first = sent();
        assertThat(first).hasSize(1);
        assertThat(first.getFirst().getInvocation().getParameters()).contains(
                "<div class=\"item\">open</div><div class=\"item\">open</div><div class=\"item\">open</div>");

        items.set(1, "done");
        block.showParts(this::draw);
        List<PendingJavaScriptInvocation> patch = sent();
        assertThat(patch).hasSize(1);
        assertThat(patch.getFirst().getInvocation().getParameters()).startsWith(1,
                "<div class=\"item\">done</div>");

        block.showParts(this::draw);
        assertThat(sent()).as("nothing changed, nothing sent").isEmpty();

        items.add("open");
        block.showParts(this::draw);
        assertThat(sent()).singleElement().satisfies(all -> assertThat(all.getInvocation().getParameters().getFirst())
                .asString().contains("done").endsWith("<div class=\"item\">open</div>"));
        assertThat(block.html()).isEqualTo("<div class=\"item\">open</div><div class=\"item\">done</div>"
                + "<div class=\"item\">open</div><div class=\"item\">open</div>");
    }
}
