package nl.openbaar.web;

import nl.openbaar.request.model.VerzoekView;
import nl.openbaar.shared.DutchDates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The e-mail receipt of a request submitted through the form, sent when a mail server is configured
 * (spring.mail.host). A failed mail does not lose the request: the receipt page shows everything as well.
 */
@Component
class ReceiptMail {

    private static final Logger LOG = LoggerFactory.getLogger(ReceiptMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;
    private final String organisation;
    private final String publicUrl;

    ReceiptMail(ObjectProvider<JavaMailSender> sender, @Value("${openbaar.mail.from:noreply@localhost}") String from,
            nl.openbaar.organisation.OrganisationSettings organisation, @Value("${openbaar.public-url}") String publicUrl) {
        this.sender = sender;
        this.from = from;
        this.organisation = organisation.organisation().name();
        this.publicUrl = publicUrl;
    }

    boolean send(VerzoekView v, String code) {
        JavaMailSender mail = sender.getIfAvailable();
        String to = v.verzoek().verzoeker().email();
        if (mail == null || to == null) {
            return false;
        }
        SimpleMailMessage m = new SimpleMailMessage();
        m.setFrom(from);
        m.setTo(to);
        m.setSubject("Ontvangstbevestiging van uw verzoek " + v.verzoek().kenmerk());
        m.setText("""
                Geachte heer/mevrouw,

                Wij hebben uw verzoek om informatie ontvangen op %s. Het kenmerk is %s.
                Onderwerp: %s

                Wij beslissen uiterlijk op %s (%s). Als wij meer tijd nodig hebben, laten wij u dat vóór die datum weten.

                U kunt de stand van uw verzoek bekijken op %s/status met het kenmerk en deze code:
                %s
                Bewaar de code goed; wij kunnen hem niet opnieuw tonen.

                Met vriendelijke groet,
                %s
                """.formatted(DutchDates.long_(v.verzoek().receivedDate()), v.verzoek().kenmerk(),
                v.verzoek().bestuurlijkeAangelegenheid(), DutchDates.long_(v.deadlines().deadline()),
                v.verzoek().regime().fullName(), publicUrl, code, organisation));
        try {
            mail.send(m);
            return true;
        } catch (MailException e) {
            LOG.warn("receipt for {} could not be mailed: {}", v.verzoek().kenmerk(), e.getMessage());
            return false;
        }
    }
}
