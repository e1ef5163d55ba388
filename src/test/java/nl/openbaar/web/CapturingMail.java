package nl.openbaar.web;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** A mail server for the web tests that keeps what it is given, so tests can read the receipts. */
@TestConfiguration
class CapturingMail {

    static final List<SimpleMailMessage> SENT = new CopyOnWriteArrayList<>();

    @Bean
    JavaMailSenderImpl mailSender() {
        return new JavaMailSenderImpl() {
            @Override
            public void send(SimpleMailMessage message) {
                SENT.add(message);
            }

            @Override
            public void send(SimpleMailMessage... messages) {
                SENT.addAll(List.of(messages));
            }
        };
    }
}
