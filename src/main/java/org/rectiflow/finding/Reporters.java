package org.rectiflow.finding;

import java.util.Optional;

import org.rectiflow.common.BusinessDate;

import org.springframework.stereotype.Component;

/** Stores and reads reporters' identities, encrypted field by field. */
@Component
class Reporters {

	private final ReporterIdentityRepository identities;

	private final ReporterCipher cipher;

	private final BusinessDate clock;

	Reporters(ReporterIdentityRepository identities, ReporterCipher cipher, BusinessDate clock) {
		this.clock = clock;
		this.identities = identities;
		this.cipher = cipher;
	}

	void record(long findingId, ReporterForm reporter, String recordedBy) {
		ReporterIdentity identity = this.identities.findById(findingId)
			.orElseGet(() -> new ReporterIdentity(findingId));
		identity.record(this.cipher.encrypt(reporter.name().strip(), findingId, "name"),
				this.cipher.encrypt(blankToNull(reporter.contact()), findingId, "contact"),
				this.cipher.encrypt(blankToNull(reporter.note()), findingId, "note"), recordedBy, this.clock.now());
		this.identities.save(identity);
	}

	Optional<ReporterView> read(long findingId) {
		return this.identities.findById(findingId)
			.map((identity) -> new ReporterView(findingId,
					this.cipher.decrypt(identity.getNameCipher(), findingId, "name"),
					this.cipher.decrypt(identity.getContactCipher(), findingId, "contact"),
					this.cipher.decrypt(identity.getNoteCipher(), findingId, "note"), identity.getRecordedBy(),
					identity.getRecordedAt()));
	}

	void remove(long findingId) {
		this.identities.findById(findingId).ifPresent(this.identities::delete);
	}

	boolean recorded(long findingId) {
		return this.identities.existsById(findingId);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
