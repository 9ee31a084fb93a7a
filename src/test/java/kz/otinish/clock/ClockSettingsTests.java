package kz.otinish.clock;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClockSettingsTests {

	@Test
	@DisplayName("DL-1: reminder points are data, sorted and deduplicated; the farthest is the due-soon horizon")
	void pointsAreSortedAndTheHorizonIsTheFarthest() {
		ClockSettings settings = new ClockSettings(List.of(2, 5, 2, 10), 1, 2, 3);
		assertThat(settings.reminderPoints()).containsExactly(2, 5, 10);
		assertThat(settings.horizon()).isEqualTo(10);
		assertThat(new ClockSettings(List.of(), 1, 2, 3).horizon()).isZero();
		assertThatThrownBy(() -> new ClockSettings(List.of(-1), 1, 2, 3)).isInstanceOf(IllegalArgumentException.class);
	}

}
