package kz.otinish.system;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.thymeleaf.spring6.util.DetailedError;

import org.springframework.stereotype.Component;

/**
 * The error summary lists a form's problems in the order of its fields, the same on every
 * submit (Bean Validation reports them in no fixed order): the problems of the whole form
 * first, then each field's in the order the form declares its fields (a superclass's
 * first, a record's components in order). Templates call it as
 * {@code @formErrors.inFieldOrder(#fields.detailedErrors(), #object)}.
 */
@Component("formErrors")
public class FormErrorOrder {

	private final Map<Class<?>, List<String>> orders = new ConcurrentHashMap<>();

	public List<DetailedError> inFieldOrder(List<DetailedError> errors, @Nullable Object form) {
		List<String> order = (form == null) ? List.of()
				: this.orders.computeIfAbsent(form.getClass(), FormErrorOrder::fields);
		List<DetailedError> sorted = new ArrayList<>(errors);
		sorted.sort(Comparator.comparingInt((DetailedError error) -> error.isGlobal() ? -1 : position(order, error))
			.thenComparing(error -> error.isGlobal() ? "" : error.getFieldName()));
		return sorted;
	}

	private static int position(List<String> order, DetailedError error) {
		String field = error.getFieldName();
		int end = field.length();
		for (char separator : new char[] { '.', '[' }) {
			int at = field.indexOf(separator);
			if (at >= 0 && at < end) {
				end = at;
			}
		}
		int index = order.indexOf(field.substring(0, end));
		return index < 0 ? order.size() : index;
	}

	/** The form's properties in declaration order, a superclass's first. */
	static List<String> fields(Class<?> type) {
		if (type.isRecord()) {
			List<String> components = new ArrayList<>();
			for (RecordComponent component : type.getRecordComponents()) {
				components.add(component.getName());
			}
			return components;
		}
		Deque<Class<?>> hierarchy = new ArrayDeque<>();
		for (Class<?> level = type; level != null && level != Object.class; level = level.getSuperclass()) {
			hierarchy.push(level);
		}
		List<String> fields = new ArrayList<>();
		for (Class<?> level : hierarchy) {
			for (Field field : level.getDeclaredFields()) {
				if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
					fields.add(field.getName());
				}
			}
		}
		return fields;
	}

}
