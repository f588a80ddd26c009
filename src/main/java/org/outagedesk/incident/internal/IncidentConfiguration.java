package org.outagedesk.incident.internal;

import org.outagedesk.incident.TriageProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TriageProperties.class)
class IncidentConfiguration {}
