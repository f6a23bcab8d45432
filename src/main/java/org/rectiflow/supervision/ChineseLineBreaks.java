package org.rectiflow.supervision;

import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Where a line of a letter may break, by the Chinese rule 避头尾 (GB/T 15834 and the layout
 * rules of GB/T 9704): between any two Chinese characters, but never before a closing
 * punctuation mark (，。、；：？！）」』”》… may not start a line) nor after an opening one (（「『“《
 * may not end a line).
 */
final class ChineseLineBreaks extends DefaultSplitCharacter {

	static final ChineseLineBreaks INSTANCE = new ChineseLineBreaks();

	/** Marks that may not start a line. */
	private static final String NOT_AT_START = "，。、；：？！）」』”’》〉】〕…—·％,.;:?!)]}%";

	/** Marks that may not end a line. */
	private static final String NOT_AT_END = "（「『“‘《〈【〔([{";

	private ChineseLineBreaks() {
	}

	@Override
	public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
		char here = getCurrentCharacter(current, cc, ck);
		char next = (current + 1 < end) ? getCurrentCharacter(current + 1, cc, ck) : 0;
		if (NOT_AT_END.indexOf(here) >= 0 || (next != 0 && NOT_AT_START.indexOf(next) >= 0)) {
			return false;
		}
		return super.isSplitCharacter(start, current, end, cc, ck) || isChinese(here) || isChinese(next);
	}

	private static boolean isChinese(char c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
				|| Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
				|| Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
	}

}
