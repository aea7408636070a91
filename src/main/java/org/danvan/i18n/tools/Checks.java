package org.danvan.i18n.tools;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;

/**
 * What must hold for a translation before it goes into a bundle: ICU can parse it, it has
 * the arguments of the English text, and its Telegram HTML is balanced and allowed. The
 * same rules as the build's translation test, worded for a translator.
 */
final class Checks {

	static final Set<String> ALLOWED_TAGS = Set.of("b", "i", "u", "s", "code", "pre", "a");

	private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9-]*)([^<>]*)>");

	private static final Pattern ENTITY = Pattern.compile("&(lt|gt|amp|quot|#\\d+);");

	private Checks() {
	}

	/** What is wrong with a translation of {@code english}; empty when nothing is. */
	static List<String> problems(String translation, String english) {
		List<String> problems = new ArrayList<>();
		try {
			new MessageFormat(translation);
		}
		catch (IllegalArgumentException ex) {
			problems.add("not a valid ICU message: " + ex.getMessage());
			return problems;
		}
		Set<String> expected = new TreeSet<>(argumentNames(english));
		Set<String> actual = new TreeSet<>(argumentNames(translation));
		if (!actual.equals(expected)) {
			Set<String> missing = new TreeSet<>(expected);
			missing.removeAll(actual);
			Set<String> extra = new TreeSet<>(actual);
			extra.removeAll(expected);
			problems.add(argumentProblem(missing, extra, translation.contains("'{")));
		}
		Set<String> cases = selectCases(english);
		if (!selectCases(translation).equals(cases)) {
			problems.add("the cases of a select must stay in English as they are: " + String.join(", ", cases));
		}
		String html = htmlProblem(translation);
		if (html != null) {
			problems.add(html);
		}
		return problems;
	}

	private static String argumentProblem(Set<String> missing, Set<String> extra, boolean quotedBrace) {
		List<String> parts = new ArrayList<>();
		if (!missing.isEmpty()) {
			parts.add("missing " + braces(missing));
		}
		if (!extra.isEmpty()) {
			parts.add("unknown " + braces(extra));
		}
		String hint = quotedBrace ? " (an apostrophe right before { hides it: write '' there)" : "";
		return String.join(", ", parts) + hint;
	}

	/** The names of the arguments, nested ones included, in order of appearance. */
	static Set<String> argumentNames(String pattern) {
		MessagePattern parsed = new MessagePattern(pattern);
		Set<String> names = new LinkedHashSet<>();
		for (int i = 0; i < parsed.countParts(); i++) {
			MessagePattern.Part part = parsed.getPart(i);
			if (part.getType() == MessagePattern.Part.Type.ARG_NAME
					|| part.getType() == MessagePattern.Part.Type.ARG_NUMBER) {
				names.add(parsed.getSubstring(part));
			}
		}
		return names;
	}

	/**
	 * The cases of every {@code select} argument, as {@code role: officer}: the code
	 * chooses among them by these words, so a translation must not change them.
	 */
	static Set<String> selectCases(String pattern) {
		MessagePattern parsed = new MessagePattern(pattern);
		Set<String> cases = new TreeSet<>();
		for (int i = 0; i < parsed.countParts(); i++) {
			if (parsed.getPart(i).getType() == MessagePattern.Part.Type.ARG_START
					&& parsed.getPart(i).getArgType() == MessagePattern.ArgType.SELECT) {
				String name = parsed.getSubstring(parsed.getPart(i + 1));
				for (int j = i + 2; j < parsed.getLimitPartIndex(i); j = parsed.getLimitPartIndex(j + 1) + 1) {
					cases.add(name + ": " + parsed.getSubstring(parsed.getPart(j)));
				}
			}
		}
		return cases;
	}

	/** Argument names as a translator sees them: {@code {name} {count}}. */
	static String braces(Set<String> names) {
		return String.join(" ", names.stream().map((name) -> "{" + name + "}").toList());
	}

	/** What is wrong with the HTML of a pattern, or {@code null}. */
	static String htmlProblem(String pattern) {
		Deque<String> open = new ArrayDeque<>();
		Matcher tags = TAG.matcher(pattern);
		while (tags.find()) {
			String name = tags.group(2);
			if (!ALLOWED_TAGS.contains(name)) {
				return "tag <" + name + "> is not allowed (allowed: " + String.join(", ", new TreeSet<>(ALLOWED_TAGS))
						+ ")";
			}
			if (tags.group(1).isEmpty()) {
				open.push(name);
			}
			else if (!name.equals(open.peek())) {
				return "</" + name + "> closes " + ((open.isEmpty()) ? "nothing" : "<" + open.peek() + ">");
			}
			else {
				open.pop();
			}
		}
		if (!open.isEmpty()) {
			return "<" + open.peek() + "> is never closed";
		}
		String text = ENTITY.matcher(TAG.matcher(pattern).replaceAll("")).replaceAll("");
		if (text.contains("<") || text.contains(">") || text.contains("&")) {
			return "a bare <, > or & (write &lt; &gt; &amp;)";
		}
		return null;
	}

}
