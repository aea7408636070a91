package org.danvan.shared;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.image.BufferedImage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Khmer, Lao and Chinese are drawn with real glyphs from the fonts in the jar, not the
 * missing-glyph box, whatever fonts the machine has.
 */
class FontsTest {

	private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

	@ParameterizedTest
	@CsvSource({ "ភូមិតាអែម, Khmer", "ບ້ານນາແລ, Lao", "边境覆盖, Chinese", "Tà Êm, Vietnamese" })
	void everyScriptHasItsGlyphs(String label, String script) {
		Font font = Fonts.forText(label, Font.PLAIN, 24);

		assertThat(font.canDisplayUpTo(label)).as(script).isEqualTo(-1);
		GlyphVector glyphs = font.createGlyphVector(CONTEXT, label);
		for (int i = 0; i < glyphs.getNumGlyphs(); i++) {
			assertThat(glyphs.getGlyphCode(i)).as(script + " glyph " + i).isNotEqualTo(font.getMissingGlyphCode());
		}
	}

	@ParameterizedTest
	@CsvSource({ "Tà Êm ភូមិ ບ້ານ 边境" })
	void aLabelMixingScriptsIsDrawnWiderThanItsLatinPart(String label) {
		BufferedImage image = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
		java.awt.Graphics2D g = image.createGraphics();

		assertThat(Fonts.width(g, label, Font.PLAIN, 24)).isGreaterThan(Fonts.width(g, "Tà Êm", Font.PLAIN, 24) * 2);
		assertThat(Fonts.width(g, "🚨 urgent", Font.PLAIN, 24)).as("an emoji no font has is left out")
			.isEqualTo(Fonts.width(g, "urgent", Font.PLAIN, 24));
		g.dispose();
	}

}
