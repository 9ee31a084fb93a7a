package kz.otinish.documents;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Turns a record another module supplied ({@link ExtensionNotice}, {@link AnswerLetter},
 * {@link MeetingProtocol}, {@link CommissionOrder}) into the plain map the template
 * prints and the JSON snapshot stores: components by name, dates as {@code dd.MM.yyyy},
 * enums by name, nested records as maps, lists as lists.
 */
final class SuppliedData {

	private SuppliedData() {
	}

	static Map<String, Object> of(Record record) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (RecordComponent component : record.getClass().getRecordComponents()) {
			try {
				map.put(component.getName(), value(component.getAccessor().invoke(record)));
			}
			catch (IllegalAccessException | InvocationTargetException ex) {
				throw new IllegalStateException("cannot read " + component, ex);
			}
		}
		return map;
	}

	private static @Nullable Object value(@Nullable Object value) {
		if (value == null || value instanceof String || value instanceof Boolean || value instanceof Number) {
			return value;
		}
		if (value instanceof LocalDate day) {
			return DocumentData.DAY.format(day);
		}
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		if (value instanceof Record nested) {
			return of(nested);
		}
		if (value instanceof Collection<?> values) {
			List<Object> list = new ArrayList<>();
			values.forEach(item -> list.add(value(item)));
			return list;
		}
		return value.toString();
	}

}
