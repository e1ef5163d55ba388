package nl.openbaar.publication;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who publishes and where: the organisation's name and TOOI identifier (DiWoo's publisher) and the public
 * base URL the portal is reached at (sitemaps need absolute https addresses).
 */
@Component
public class PublicationSettings {

    private final String organisation;
    private final String organisationTooi;
    private final String publicUrl;

    public PublicationSettings(@Value("${openbaar.organisation.name}") String organisation,
            @Value("${openbaar.organisation.tooi}") String organisationTooi,
            @Value("${openbaar.public-url}") String publicUrl) {
        this.organisation = organisation;
        this.organisationTooi = organisationTooi;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public String organisation() {
        return organisation;
    }

    public String organisationTooi() {
        return organisationTooi;
    }

    public String publicUrl() {
        return publicUrl;
    }
}
