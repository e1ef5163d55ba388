package nl.openbaar.publication;

import nl.openbaar.organisation.OrganisationSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who publishes and where: the organisation's name and TOOI identifier (DiWoo's publisher, from the one set of
 * organisation settings the letters use too) and the public base URL the portal is reached at (sitemaps need
 * absolute https addresses).
 */
@Component
public class PublicationSettings {

    private final String organisation;
    private final String organisationTooi;
    private final String publicUrl;

    public PublicationSettings(OrganisationSettings settings, @Value("${openbaar.public-url}") String publicUrl) {
        this.organisation = settings.organisation().name();
        this.organisationTooi = settings.organisation().tooi();
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
