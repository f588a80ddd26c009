package org.outagedesk.metrics.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import java.util.List;

/** A chart's numbers as a plain, accessible HTML table (caption, column headers, rows). */
@Tag("table")
final class FigureTable extends Component {

    FigureTable(String caption, List<String> headers, List<List<String>> rows) {
        getElement().setAttribute("class", "figure-table");
        getElement().appendChild(new Element("caption").setText(caption));
        Element head = new Element("tr");
        headers.forEach(header -> head.appendChild(new Element("th").setAttribute("scope", "col").setText(header)));
        getElement().appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (List<String> row : rows) {
            Element line = new Element("tr");
            for (int i = 0; i < row.size(); i++) {
                line.appendChild(i == 0 ? new Element("th").setAttribute("scope", "row").setText(row.get(i))
                        : new Element("td").setText(row.get(i)));
            }
            body.appendChild(line);
        }
        getElement().appendChild(body);
    }
}
