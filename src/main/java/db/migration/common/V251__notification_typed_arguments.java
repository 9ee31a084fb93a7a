package db.migration.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Notifications keep a message key with typed arguments, rendered in the reader's
 * language when read (module {@code notification}, {@code NoticeArgument}). Rows written
 * before carry plain strings: ISO dates become days, the late-complaint sentence (stored
 * in the language of the day) becomes its message key, the first decision notices (one
 * text with the outcome's enum name, the protocol number and an ISO date) become the
 * outcome's notice, and everything else a text.
 */
public class V251__notification_typed_arguments extends BaseJavaMigration {

	private static final String SEPARATOR = "\u001f";

	private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern DECISION = Pattern
		.compile("(SATISFIED|PARTLY_SATISFIED|EXPLAINED|NOT_SATISFIED), (.+), (\\d{4}-\\d{2}-\\d{2})");

	private static final Set<String> LATE = Set.of("Үш айлық мерзім өткеннен кейін берілді; себебі жазылды.",
			"Подана после истечения трёхмесячного срока; причина записана.",
			"It was filed after the 3-month window; the reason is recorded.");

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		List<Object[]> changes = new ArrayList<>();
		try (PreparedStatement select = connection
			.prepareStatement("select id, message_key, arguments from notification");
				ResultSet rows = select.executeQuery()) {
			while (rows.next()) {
				String key = rows.getString("message_key");
				String joined = rows.getString("arguments");
				List<String> arguments = joined.isEmpty() ? List.of() : Arrays.asList(joined.split(SEPARATOR, -1));
				List<String> typed = new ArrayList<>();
				String newKey = key;
				if (key.equals("notification.decided")) {
					Matcher decision = arguments.size() > 1 ? DECISION.matcher(arguments.get(1)) : null;
					typed.add(text(arguments.isEmpty() ? "—" : arguments.get(0)));
					if (decision != null && decision.matches()) {
						newKey = "notification.decided." + decision.group(1);
						typed.add(text(decision.group(2)));
						typed.add("d:" + decision.group(3));
					}
					else {
						newKey = "notification.decided.legacy";
					}
				}
				else {
					for (String argument : arguments) {
						typed.add(typed(argument));
					}
				}
				changes.add(new Object[] { rows.getObject("id"), newKey, String.join(SEPARATOR, typed) });
			}
		}
		try (PreparedStatement update = connection
			.prepareStatement("update notification set message_key = ?, arguments = ? where id = ?")) {
			for (Object[] change : changes) {
				update.setString(1, (String) change[1]);
				update.setString(2, (String) change[2]);
				update.setObject(3, change[0] instanceof UUID id ? id : UUID.fromString(change[0].toString()));
				update.addBatch();
			}
			update.executeBatch();
		}
	}

	private static String typed(String argument) {
		if (ISO_DAY.matcher(argument).matches()) {
			return "d:" + argument;
		}
		if (LATE.contains(argument)) {
			return "k:notification.answer.late";
		}
		return text(argument);
	}

	private static String text(String value) {
		return "t:" + value;
	}

}
