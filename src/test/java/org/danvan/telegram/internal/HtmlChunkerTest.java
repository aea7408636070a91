package org.danvan.telegram.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlChunkerTest {

	private static final Pattern TAG = Pattern.compile("<(/?)([a-z]+)[^>]*>");

	private static final Pattern ENTITY = Pattern.compile("&(lt|gt|amp|quot|#\\d+);");

	@Test
	void shortTextIsOnePieceUnchanged() {
		String html = "<b>Hello</b> &amp; <a href=\"https://example.org/?a=1&amp;b=2\">world</a>\nbye";

		assertThat(HtmlChunker.split(html, 100)).containsExactly(html);
	}

	@Test
	void textOfExactlyTheLimitIsOnePiece() {
		assertThat(HtmlChunker.split("<i>abcd</i>", 4)).containsExactly("<i>abcd</i>");
	}

	@Test
	void blankTextGivesNoPiece() {
		assertThat(HtmlChunker.split("", 10)).isEmpty();
		assertThat(HtmlChunker.split(" \n <b> </b>", 10)).isEmpty();
	}

	@Test
	void cutsAfterANewlineFirst() {
		List<String> pieces = HtmlChunker.split("aaaa bbbb\ncccc dddd", 12);

		assertThat(pieces).containsExactly("aaaa bbbb\n", "cccc dddd");
	}

	@Test
	void cutsAfterASpaceWhenThereIsNoNewline() {
		List<String> pieces = HtmlChunker.split("aaaa bbbb cccc", 12);

		assertThat(pieces).containsExactly("aaaa bbbb ", "cccc");
	}

	@Test
	void cutsHardWhenThereIsNoNewlineOrSpace() {
		assertThat(HtmlChunker.split("abcdefghij", 4)).containsExactly("abcd", "efgh", "ij");
	}

	@Test
	void closesTagsOpenAtACutAndReopensThemInTheNextPiece() {
		assertThat(HtmlChunker.split("<b>aaaa bbbb</b>", 5)).containsExactly("<b>aaaa </b>", "<b>bbbb</b>");
		assertThat(HtmlChunker.split("x <b><i>aaaa bbbb</i> c</b>", 7)).containsExactly("x <b><i>aaaa </i></b>",
				"<b><i>bbbb</i> c</b>");
	}

	@Test
	void reopensATagWithItsAttributes() {
		String link = "<a href=\"https://example.org/x?a=1&amp;b=2\">";

		List<String> pieces = HtmlChunker.split(link + "aaaa bbbb</a>", 5);

		assertThat(pieces).containsExactly(link + "aaaa </a>", link + "bbbb</a>");
	}

	@Test
	void countsAnEntityAsOneCharacter() {
		assertThat(HtmlChunker.split("&lt;&gt;&amp;&quot;&#39;", 5)).containsExactly("&lt;&gt;&amp;&quot;&#39;");
	}

	@Test
	void neverCutsAnEntityInHalf() {
		assertThat(HtmlChunker.split("abcd&amp;ef", 4)).containsExactly("abcd", "&amp;ef");
		assertThat(HtmlChunker.split("abc&amp;def", 4)).containsExactly("abc&amp;", "def");
	}

	@Test
	void countsASurrogatePairAsTwoAndNeverSplitsIt() {
		List<String> pieces = HtmlChunker.split("ab😀cd", 3);

		assertThat(pieces).containsExactly("ab", "😀c", "d");
	}

	@Test
	void dropsWhitespaceOnlyPieces() {
		assertThat(HtmlChunker.split("aaaa\n\n\n\nbbbb", 4)).containsExactly("aaaa", "bbbb");
	}

	@Test
	void keepsEveryVisibleCharacterOfALongText() {
		StringBuilder html = new StringBuilder();
		for (int i = 0; i < 200; i++) {
			html.append("<b>Line ").append(i).append("</b>: report &amp; <i>answer</i> 😀\n");
		}

		List<String> pieces = HtmlChunker.split(html.toString(), 100);

		assertThat(pieces).hasSizeGreaterThan(1).allSatisfy((piece) -> assertValid(piece, 100));
		assertThat(String.join("", pieces.stream().map(HtmlChunkerTest::visible).toList()))
			.isEqualTo(visible(html.toString()));
	}

	@Test
	void everyPieceOfRandomHtmlIsWellFormedAndWithinTheLimit() {
		for (long seed = 0; seed < 2_000; seed++) {
			Random random = new Random(seed);
			String html = randomHtml(random);
			int limit = 2 + random.nextInt(60);

			List<String> pieces = HtmlChunker.split(html, limit);

			String context = "seed " + seed + ", limit " + limit + ", html " + html;
			assertThat(pieces).as(context).allSatisfy((piece) -> assertValid(piece, limit));
			assertThat(withoutWhitespace(String.join("", pieces.stream().map(HtmlChunkerTest::visible).toList())))
				.as(context)
				.isEqualTo(withoutWhitespace(visible(html)));
		}
	}

	private static void assertValid(String piece, int limit) {
		assertThat(visible(piece)).as("visible text of %s", piece).hasSizeLessThanOrEqualTo(limit).isNotBlank();
		assertThat(unbalancedTag(piece)).as("unbalanced tag in %s", piece).isNull();
		assertThat(TAG.matcher(piece).replaceAll("").replaceAll(ENTITY.pattern(), "")).as("stray markup in %s", piece)
			.doesNotContain("&", "<", ">");
		assertThat(hasLoneSurrogate(piece)).as("split surrogate pair in %s", piece).isFalse();
	}

	/**
	 * The visible text, each entity decoded to one character, as the chunker counts them.
	 */
	static String visible(String html) {
		Matcher entities = ENTITY.matcher(TAG.matcher(html).replaceAll(""));
		StringBuilder text = new StringBuilder();
		while (entities.find()) {
			entities.appendReplacement(text, Matcher.quoteReplacement(decode(entities.group(1))));
		}
		return entities.appendTail(text).toString();
	}

	private static String decode(String entity) {
		return switch (entity) {
			case "lt" -> "<";
			case "gt" -> ">";
			case "amp" -> "&";
			case "quot" -> "\"";
			default -> String.valueOf((char) Integer.parseInt(entity.substring(1)));
		};
	}

	/**
	 * The first tag that does not match the one it closes or stays open, else
	 * {@code null}.
	 */
	private static String unbalancedTag(String html) {
		Deque<String> open = new ArrayDeque<>();
		Matcher tags = TAG.matcher(html);
		while (tags.find()) {
			if (tags.group(1).isEmpty()) {
				open.push(tags.group(2));
			}
			else if (!tags.group(2).equals(open.poll())) {
				return tags.group();
			}
		}
		return open.peek();
	}

	private static boolean hasLoneSurrogate(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return true;
			}
		}
		return false;
	}

	private static String withoutWhitespace(String text) {
		return text.replaceAll("\\s", "");
	}

	private static String randomHtml(Random random) {
		StringBuilder html = new StringBuilder();
		appendContent(html, random, 0);
		return html.toString();
	}

	private static void appendContent(StringBuilder html, Random random, int depth) {
		int items = 1 + random.nextInt((depth == 0) ? 40 : 8);
		for (int i = 0; i < items; i++) {
			switch (random.nextInt(10)) {
				case 0 -> html.append('\n');
				case 1 -> html.append(random.nextBoolean() ? "😀" : "🇻🇳");
				case 2 -> html.append(random.nextBoolean() ? "&amp;" : "&lt;");
				case 3, 4 -> appendTag(html, random, depth);
				default -> html.append(word(random)).append(random.nextInt(3) == 0 ? "" : " ");
			}
		}
	}

	private static void appendTag(StringBuilder html, Random random, int depth) {
		if (depth >= 3) {
			html.append(word(random));
			return;
		}
		String[] names = { "b", "i", "code", "a" };
		String name = names[random.nextInt(names.length)];
		html.append('<').append(name).append(name.equals("a") ? " href=\"https://example.org/?a=1&amp;b=2\">" : ">");
		appendContent(html, random, depth + 1);
		html.append("</").append(name).append('>');
	}

	private static String word(Random random) {
		StringBuilder word = new StringBuilder();
		int length = 1 + random.nextInt(12);
		for (int i = 0; i < length; i++) {
			word.append((char) ('a' + random.nextInt(26)));
		}
		return word.toString();
	}

}
