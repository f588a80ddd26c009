package org.outagedesk.security.internal;

import org.outagedesk.security.DirectoryProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The company's LDAP directory, when {@code outagedesk.directory.ldap.url} names one. */
@Configuration(proxyBeanMethods = false)
class DirectoryConfiguration {

    @Bean
    @Conditional(LdapConfigured.class)
    LdapDirectory ldapDirectory(DirectoryProperties directory) {
        return new LdapDirectory(directory.ldap(), new RoleMapping(directory.roleGroups()));
    }

    static final class LdapConfigured implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return Binder.get(context.getEnvironment()).bind("outagedesk.directory.ldap.url", String.class)
                    .map(url -> !url.isBlank()).orElse(false);
        }
    }
}
