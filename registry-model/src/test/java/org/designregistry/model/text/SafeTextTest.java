package org.designregistry.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTextTest {

    @Test
    void turnsHtmlIntoEntitiesInMarkdown() {
        assertThat(SafeText.markdown("<script>alert('x') && 1</script>"))
                .isEqualTo("&lt;script&gt;alert('x') &amp;&amp; 1&lt;/script&gt;");
    }

    @Test
    void escapesInlineMarkdownMarks() {
        assertThat(SafeText.markdown("[a](javascript:x) | *b* _c_ `d` ~e~ \\"))
                .isEqualTo("\\[a\\](javascript:x) \\| \\*b\\* \\_c\\_ \\`d\\` \\~e\\~ \\\\");
    }

    @Test
    void escapesMarksThatWouldStartABlock() {
        assertThat(SafeText.markdown("# heading")).isEqualTo("\\# heading");
        assertThat(SafeText.markdown("- item")).isEqualTo("\\- item");
        assertThat(SafeText.markdown("+ item")).isEqualTo("\\+ item");
        assertThat(SafeText.markdown("> quote")).isEqualTo("&gt; quote");
        assertThat(SafeText.markdown("1986. A year")).isEqualTo("1986\\. A year");
        assertThat(SafeText.markdown("DI-037 GSP Group ID")).isEqualTo("DI-037 GSP Group ID");
    }

    @Test
    void keepsMarkdownOnOneLine() {
        assertThat(SafeText.markdown("one\r\ntwo\nthree\rfour")).isEqualTo("one two three four");
    }

    @Test
    void makesFormulaCellsText() {
        assertThat(SafeText.csvCell("=1+2")).isEqualTo("'=1+2");
        assertThat(SafeText.csvCell("+1")).isEqualTo("'+1");
        assertThat(SafeText.csvCell("-1")).isEqualTo("'-1");
        assertThat(SafeText.csvCell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SafeText.csvCell("\tx")).isEqualTo("'\tx");
        assertThat(SafeText.csvCell("DI-037")).isEqualTo("DI-037");
        assertThat(SafeText.csvCell("")).isEmpty();
    }
}
