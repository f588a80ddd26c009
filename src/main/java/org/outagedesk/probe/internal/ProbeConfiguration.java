package org.outagedesk.probe.internal;

import org.outagedesk.probe.ProbeProperties;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The probe module's settings and the box that seals stored passwords. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProbeProperties.class)
class ProbeConfiguration {

    @Bean
    SecretBox probeSecretBox(ProbeProperties properties) {
        if (properties.secretKey() == null || properties.secretKey().isBlank()) {
            LoggerFactory.getLogger(ProbeConfiguration.class).warn("outagedesk.probe.secret-key is not set: probe "
                    + "passwords are sealed with the development key. Set it (base64, 32 bytes) in production.");
        }
        return SecretBox.of(properties.secretKey());
    }
}
