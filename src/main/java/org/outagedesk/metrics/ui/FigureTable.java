package org.outagedesk.metrics.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import java.util.List;

/**
 * A chart's numbers as a plain, accessible HTML table (caption, column headers, rows). On a phone
 * each row reads as a small card, every number beside its column's name (metrics.css); the roles
 * keep it a table for screen readers when CSS changes how it is drawn.
 */
@Tag("table")
final class FigureTable extends Component {

    FigureTable(String caption, List<String> headers, List<List<String>> rows) {
        getElement().setAttribute("class", "figure-table");
        getElement().setAttribute("role", "table");
        getElement().appendChild(new Element("caption").setText(caption));
        Element head = new Element("tr").setAttribute("role", "row");
        headers.forEach(header -> head.appendChild(new Element("th").setAttribute("scope", "col")
                .setAttribute("role", "columnheader").setText(header)));
        getElement().appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (List<String> row : rows) {
            Element line = new Element("tr").setAttribute("role", "row");
            for (int i = 0; i < row.size(); i++) {
                line.appendChild(i == 0 ? new Element("th").setAttribute("scope", "row").setAttribute("role", "rowheader")
                        .setText(row.get(i))
                        : new Element("td").setAttribute("role", "cell").setAttribute("data-label", headers.get(i))
                                .setText(row.get(i)));
            }
            body.appendChild(line);
        }
        getElement().appendChild(body);
    }
}
