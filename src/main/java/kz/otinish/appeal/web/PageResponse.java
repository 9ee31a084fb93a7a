package kz.otinish.appeal.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.data.domain.Slice;

/**
 * A page of results, with what a client needs to fetch the next one: the next page exists
 * when {@code hasNext} is true. No total is counted (it would read every matching row).
 */
record PageResponse<T>(List<T> items, @Schema(description = "Page number, from 0") int page,
		@Schema(description = "Page size asked for") int size,
		@Schema(description = "Whether another page follows") boolean hasNext) {

	static <T> PageResponse<T> of(Slice<T> page) {
		return new PageResponse<>(page.getContent(), page.getNumber(), page.getSize(), page.hasNext());
	}

}
