package kz.otinish.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A journal of incoming documents: configuration data, seeded by migration. */
@Entity
@Table(name = "journal")
class Journal {

	@Id
	private String code;

	@Column(name = "name_kk", nullable = false)
	private String nameKk;

	@Column(name = "name_ru", nullable = false)
	private String nameRu;

	@Column(name = "name_en", nullable = false)
	private String nameEn;

	@Column(name = "school_code")
	private @Nullable String schoolCode;

	@Column(name = "number_pattern", nullable = false)
	private String numberPattern;

	@Column(nullable = false)
	private boolean active = true;

	@Column(nullable = false)
	private int position;

	protected Journal() {
	}

	Journal(String code, String nameKk, String nameRu, String nameEn, @Nullable String schoolCode,
			NumberPattern numberPattern, int position) {
		this.code = code;
		this.nameKk = nameKk;
		this.nameRu = nameRu;
		this.nameEn = nameEn;
		this.schoolCode = schoolCode;
		this.numberPattern = numberPattern.value();
		this.position = position;
	}

	String code() {
		return this.code;
	}

	@Nullable String schoolCode() {
		return this.schoolCode;
	}

	boolean active() {
		return this.active;
	}

	NumberPattern numberPattern() {
		return new NumberPattern(this.numberPattern);
	}

	RegistrationNumber number(int year, long sequence) {
		return new RegistrationNumber(this.code, year, sequence, numberPattern().format(this.code, year, sequence));
	}

	JournalView toView() {
		return new JournalView(this.code, this.schoolCode, this.nameKk, this.nameRu, this.nameEn, this.numberPattern,
				this.active);
	}

}
