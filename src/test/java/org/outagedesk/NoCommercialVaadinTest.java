package org.outagedesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Nothing that needs a paid Vaadin licence may reach the classpath, not even transitively. */
class NoCommercialVaadinTest {

    private static final List<String> PAID_CLASSES = List.of(
            "com.vaadin.collaborationengine.CollaborationEngine",
            "com.vaadin.testbench.TestBench",
            "com.vaadin.flow.component.charts.Chart",
            "com.vaadin.flow.component.gridpro.GridPro",
            "com.vaadin.flow.component.crud.Crud",
            "com.vaadin.flow.component.richtexteditor.RichTextEditor",
            "com.vaadin.flow.component.board.Board",
            "com.vaadin.kubernetes.starter.KubernetesKitConfiguration");

    @Test
    void noPaidVaadinArtifactIsOnTheClasspath() {
        assertThat(PAID_CLASSES).filteredOn(NoCommercialVaadinTest::present).isEmpty();
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, NoCommercialVaadinTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
