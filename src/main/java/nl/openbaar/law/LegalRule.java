package nl.openbaar.law;

/** A rule of the law that is not itself a ground (Woo 5.3 on old information, Wob 10 lid 3 on consent …). */
public record LegalRule(String id, String article, String rule, String textNl) {
}
