package org.outagedesk.security;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * What the running application serves, read from the application itself: every registered
 * Vaadin route (its navigation target by {@code VIEW /template}) and every Spring MVC mapping
 * of every handler mapping (controllers, the status page, the actuator, the OpenAPI document)
 * by {@code METHOD /pattern} ({@code ANY} when the mapping takes any method).
 */
final class ApplicationSurface {

    private ApplicationSurface() {}

    static Map<String, Class<?>> views(ServletContext servletContext) {
        Map<String, Class<?>> views = new TreeMap<>();
        RouteConfiguration routes = RouteConfiguration.forRegistry(
                ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext)));
        for (RouteData route : routes.getAvailableRoutes()) {
            views.put(AuthorizationMatrix.key("VIEW", "/" + route.getTemplate()), route.getNavigationTarget());
        }
        return views;
    }

    static Set<String> endpoints(ApplicationContext context) {
        Map<String, Boolean> endpoints = new TreeMap<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
                .values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        endpoints.put(AuthorizationMatrix.key("ANY", pattern), true);
                    }
                    methods.forEach(method -> endpoints.put(AuthorizationMatrix.key(method.name(), pattern), true));
                }
            }
        }
        return endpoints.keySet();
    }

    /** A concrete path for a route template or URL pattern: every parameter becomes {@code 1}, wildcards {@code x}. */
    static String samplePath(String template) {
        return template.replaceAll(":[A-Za-z0-9_]+[?*]?(\\([^)]*\\))?", "1")
                .replaceAll("\\{\\*?[^}]+}", "1")
                .replace("**", "x").replace("*", "x");
    }
}
