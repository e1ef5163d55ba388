package nl.openbaar.organisation.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The body that handles requests, as every letter, the portal and the Woo-index name it: one record, from the
 * settings, so a letterhead, a signature and the portal can never disagree.
 *
 * @param name            "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties": letterhead, portal, DiWoo publisher
 * @param shortName       how a letter refers to it: "het ministerie" ("bij het ministerie")
 * @param possessive      "mijn ministerie" ("binnen mijn ministerie")
 * @param authority       the administrative authority that decides: "De Minister van Binnenlandse Zaken en
 *                        Koninkrijksrelaties" (first line of the signature)
 * @param tooi            its identifier in the government's organisation list (TOOI), for DiWoo
 * @param returnAddress   one line above the address block: "Postbus 20011 2500 EA Den Haag"
 * @param visitingAddress "Turfmarkt 147, 2511 DP Den Haag" (comma-separated lines), or null
 * @param postalAddress   "Postbus 20011, 2500 EA Den Haag" (comma-separated lines), or null
 * @param website         "www.rijksoverheid.nl": where decisions are published
 * @param objectionAddress whom an objection is addressed to, with the address
 * @param signer          who signs on the authority's behalf (mandate)
 */
public record Organisation(
        String name,
        String shortName,
        String possessive,
        String authority,
        String tooi,
        String returnAddress,
        String visitingAddress,
        String postalAddress,
        String website,
        String objectionAddress,
        Signer signer) {

    /**
     * @param onBehalf "namens deze,"
     * @param name     the official's name; blank while not set (every letter then warns, and signing is refused)
     * @param function "de directeur Digitale Overheid"
     */
    public record Signer(String onBehalf, String name, String function) {
        public Signer {
            onBehalf = blankToNull(onBehalf);
            name = blankToNull(name);
            function = blankToNull(function);
        }

        public boolean named() {
            return name != null;
        }
    }

    public Organisation {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an organisation has a name");
        }
        name = name.strip();
        shortName = orElse(shortName, name);
        possessive = orElse(possessive, name);
        authority = orElse(authority, name);
        tooi = blankToNull(tooi);
        returnAddress = blankToNull(returnAddress);
        visitingAddress = blankToNull(visitingAddress);
        postalAddress = blankToNull(postalAddress);
        website = blankToNull(website);
        objectionAddress = orElse(objectionAddress, lowerFirst(authority) + (postalAddress == null ? "" : ", " + postalAddress.strip()));
        signer = signer == null ? new Signer(null, null, null) : signer;
    }

    /** The right-hand column of a letter: the department handling the request, the addresses, the website. */
    public List<String> contactLines(String department) {
        List<String> lines = new ArrayList<>();
        if (department != null && !department.isBlank()) {
            lines.add(department.strip());
        }
        if (visitingAddress != null) {
            lines.add("Bezoekadres");
            lines.addAll(parts(visitingAddress));
        }
        if (postalAddress != null) {
            lines.add("Postadres");
            lines.addAll(parts(postalAddress));
        }
        if (website != null) {
            lines.add(website);
        }
        return lines;
    }

    /** The signature block: the authority, "namens deze,", the name and the function, each present. */
    public List<String> signatureLines() {
        List<String> lines = new ArrayList<>();
        lines.add(authority.endsWith(",") ? authority : authority + ",");
        if (signer.onBehalf() != null) {
            lines.add(signer.onBehalf());
        }
        if (signer.name() != null) {
            lines.add(signer.name());
        }
        if (signer.function() != null) {
            lines.add(signer.function());
        }
        return lines;
    }

    private static List<String> parts(String address) {
        return Arrays.stream(address.split("\\s*[,;\\n]\\s*")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String lowerFirst(String s) {
        if (s.startsWith("De ") || s.startsWith("Het ")) {
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }

    private static String orElse(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
