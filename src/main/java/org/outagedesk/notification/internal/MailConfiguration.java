package org.outagedesk.notification.internal;

import java.util.Properties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** In the embedded default, the portal sends its mail through the in-process demo mail server. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DemoMailServer.Properties.class)
class MailConfiguration {

    @Bean
    @ConditionalOnProperty(name = "outagedesk.demo.mail-server.enabled", havingValue = "true")
    DemoMailServer demoMailServer(DemoMailServer.Properties properties) {
        return new DemoMailServer(properties);
    }

    @Bean
    @ConditionalOnProperty(name = "outagedesk.demo.mail-server.enabled", havingValue = "true")
    JavaMailSenderImpl demoMailSender(DemoMailServer server) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(server.host());
        sender.setPort(server.smtpPort());
        sender.setDefaultEncoding("UTF-8");
        Properties properties = sender.getJavaMailProperties();
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        return sender;
    }
}
