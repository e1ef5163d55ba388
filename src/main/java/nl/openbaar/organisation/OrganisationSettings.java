package nl.openbaar.organisation;

import nl.openbaar.organisation.model.Organisation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The organisation from the settings ({@code openbaar.organisation.*}, environment variables such as
 * {@code OPENBAAR_ORGANISATION_SIGNER_NAME}): the one place letters, the portal, DiWoo metadata and the e-mail
 * receipt take the body's name, addresses and signer from.
 */
@Component
public class OrganisationSettings {

    private final Organisation organisation;

    public OrganisationSettings(
            @Value("${openbaar.organisation.name}") String name,
            @Value("${openbaar.organisation.short-name:}") String shortName,
            @Value("${openbaar.organisation.possessive:}") String possessive,
            @Value("${openbaar.organisation.authority:}") String authority,
            @Value("${openbaar.organisation.tooi:}") String tooi,
            @Value("${openbaar.organisation.return-address:}") String returnAddress,
            @Value("${openbaar.organisation.visiting-address:}") String visitingAddress,
            @Value("${openbaar.organisation.postal-address:}") String postalAddress,
            @Value("${openbaar.organisation.website:}") String website,
            @Value("${openbaar.organisation.objection-address:}") String objectionAddress,
            @Value("${openbaar.organisation.signer.on-behalf:namens deze,}") String onBehalf,
            @Value("${openbaar.organisation.signer.name:}") String signerName,
            @Value("${openbaar.organisation.signer.function:}") String signerFunction) {
        this.organisation = new Organisation(name, shortName, possessive, authority, tooi, returnAddress, visitingAddress,
                postalAddress, website, objectionAddress, new Organisation.Signer(onBehalf, signerName, signerFunction));
    }

    public Organisation organisation() {
        return organisation;
    }
}
