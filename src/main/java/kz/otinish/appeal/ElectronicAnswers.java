package kz.otinish.appeal;

import java.util.Optional;
import java.util.UUID;

/**
 * Public tracking shows the answer where it was delivered electronically. The module that
 * delivers answers implements this; the appeal module only asks (so it depends on no
 * downstream module).
 */
public interface ElectronicAnswers {

	/** The answer text, if this appeal's answer was delivered electronically. */
	Optional<String> deliveredElectronically(UUID appealId);

}
