package org.danvan.shared;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;

/**
 * Text in every supported script on a picture, with no font installed on the machine:
 * Latin and Vietnamese in the JDK's sans-serif, Khmer, Lao and Chinese in the Noto fonts
 * bundled in the jar ({@code fonts/}, SIL Open Font License). Each character is drawn in
 * the first font that has its glyph, so a label mixing scripts reads right.
 */
public final class Fonts {

	private static final List<Font> FONTS = load();

	private Fonts() {
	}

	/** The first font that has every character of {@code text}, else the default. */
	public static Font forText(String text, int style, float size) {
		for (Font font : FONTS) {
			if (font.canDisplayUpTo(text) == -1) {
				return font.deriveFont(style, size);
			}
		}
		return FONTS.get(0).deriveFont(style, size);
	}

	/** {@code text} drawn with its baseline at {@code x, y}. */
	public static void draw(Graphics2D g, String text, int style, float size, float x, float y) {
		if (!drawable(text).isEmpty()) {
			layout(g, text, style, size).draw(g, x, y);
		}
	}

	/** How wide {@code text} is drawn. */
	public static float width(Graphics2D g, String text, int style, float size) {
		return drawable(text).isEmpty() ? 0 : layout(g, text, style, size).getAdvance();
	}

	private static TextLayout layout(Graphics2D g, String shown, int style, float size) {
		String text = drawable(shown);
		AttributedString attributed = new AttributedString(text);
		int start = 0;
		while (start < text.length()) {
			Font font = fontAt(text, start);
			int end = start + Character.charCount(text.codePointAt(start));
			while (end < text.length() && continues(font, text, end)) {
				end += Character.charCount(text.codePointAt(end));
			}
			attributed.addAttribute(TextAttribute.FONT, font.deriveFont(style, size), start, end);
			start = end;
		}
		return new TextLayout(attributed.getIterator(), g.getFontRenderContext());
	}

	/** The text without what no font draws (emoji), which would show as boxes. */
	private static String drawable(String text) {
		StringBuilder kept = new StringBuilder();
		text.codePoints()
			.filter((c) -> Character.isWhitespace(c) || FONTS.stream().anyMatch((font) -> font.canDisplay(c)))
			.forEach(kept::appendCodePoint);
		return kept.toString().strip();
	}

	/** Spaces and punctuation stay in the run's font when it has them. */
	private static boolean continues(Font font, String text, int index) {
		int codePoint = text.codePointAt(index);
		return fontAt(text, index).equals(font)
				|| (!Character.isLetterOrDigit(codePoint) && font.canDisplay(codePoint));
	}

	private static Font fontAt(String text, int index) {
		int codePoint = text.codePointAt(index);
		return FONTS.stream().filter((font) -> font.canDisplay(codePoint)).findFirst().orElse(FONTS.get(0));
	}

	private static List<Font> load() {
		List<Font> fonts = new ArrayList<>();
		fonts.add(new Font(Font.SANS_SERIF, Font.PLAIN, 1));
		for (String name : List.of("NotoSansKhmer-Regular.ttf", "NotoSansLao-Regular.ttf",
				"NotoSansSC-Regular-GB2312.ttf")) {
			try (InputStream in = Fonts.class.getResourceAsStream("/fonts/" + name)) {
				fonts.add(Font.createFont(Font.TRUETYPE_FONT, in));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (FontFormatException ex) {
				throw new IllegalStateException("The bundled font " + name + " is broken", ex);
			}
		}
		return List.copyOf(fonts);
	}

}
