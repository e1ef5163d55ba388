package nl.openbaar.detection;

import nl.openbaar.law.Regime;

/**
 * How to detect for one case.
 *
 * @param regime          Woo or Wob: decides the proposed ground codes
 * @param register        the case's people (one per case, shared by all its documents); null for none
 * @param grounds         category → ground mapping
 * @param offices         the public office holders kept visible
 * @param threshold       findings at or above this score are proposed for redaction (accepted unattended)
 * @param reviewThreshold findings between this and {@code threshold} are shown for review only
 */
public record DetectionSettings(Regime regime, CaseRegister register, GroundPolicy grounds, PublicOfficeHolders offices,
        double threshold, double reviewThreshold) {

    public static final double DEFAULT_THRESHOLD = 0.5;
    public static final double DEFAULT_REVIEW_THRESHOLD = 0.3;

    public DetectionSettings {
        if (regime == null) {
            throw new IllegalArgumentException("regime is required");
        }
        if (grounds == null) {
            grounds = GroundPolicy.standard();
        }
        if (offices == null) {
            offices = PublicOfficeHolders.standard();
        }
        if (reviewThreshold > threshold) {
            throw new IllegalArgumentException("review threshold above threshold");
        }
    }

    /** The defaults for a case under this regime, with a fresh register. */
    public static DetectionSettings of(Regime regime) {
        return new DetectionSettings(regime, new CaseRegister(), GroundPolicy.standard(), PublicOfficeHolders.standard(),
                DEFAULT_THRESHOLD, DEFAULT_REVIEW_THRESHOLD);
    }

    public DetectionSettings withRegister(CaseRegister r) {
        return new DetectionSettings(regime, r, grounds, offices, threshold, reviewThreshold);
    }

    public DetectionSettings withGrounds(GroundPolicy g) {
        return new DetectionSettings(regime, register, g, offices, threshold, reviewThreshold);
    }

    public DetectionSettings withThresholds(double redact, double review) {
        return new DetectionSettings(regime, register, grounds, offices, redact, review);
    }
}
