package io.github.vanban.sections;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vanban.ParseContext;
import io.github.vanban.ParseOptions;
import io.github.vanban.text.NormalizedText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A heading whose title a hard wrap cut keeps its cut title, and its kind is read from the whole phrase;
 * a title followed by an ordinary line is read alone.
 */
class RunOnTitleTest {

    private static final LabelReader LABELS = new LabelReader();

    private static String kindText(String text) {
        HeadingLabel label = LABELS.read(text, 0, text.indexOf('\n'));
        int titleStart = label.titleStart();
        int titleEnd = LabelReader.trimEnd(text, label.lineEnd(), titleStart);
        return RunOnTitle.kindText(text, titleStart, titleEnd, LABELS);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            I. NHỮNG QUY ĐỊNH\\nCHUNG\\nĐiều 1. Phạm vi                 | NHỮNG QUY ĐỊNH CHUNG
            Điều 1. Phạm vi,\\nđối tượng điều chỉnh\\n1. Quy chế này    | Phạm vi, đối tượng điều chỉnh
            Điều 5. Trách nhiệm của\\ncác sở, ngành\\nCác sở             | Trách nhiệm của các sở, ngành
            3. Quan hệ công tác đối với\\ncác đoàn thể                  | Quan hệ công tác đối với các đoàn thể
            II. KẾT QUẢ ĐẠT ĐƯỢC\\nTrong 6 tháng, Ủy ban đã tổ chức     | KẾT QUẢ ĐẠT ĐƯỢC
            1. Công tác tuyên truyền\\nđược triển khai sâu rộng         | Công tác tuyên truyền
            1. Công tác tuyên truyền,\\nTrong 6 tháng                   | Công tác tuyên truyền,
            I. KẾT QUẢ,\\nII. PHƯƠNG HƯỚNG                              | KẾT QUẢ,
            I. MỤC ĐÍCH\\n\\nYÊU CẦU                                    | MỤC ĐÍCH
            I. MỤC ĐÍCH\\n- YÊU CẦU                                     | MỤC ĐÍCH
            1. Công tác phối hợp với\\nchính quyền và các tổ chức thành viên của Mặt trận trên địa bàn phường | Công tác phối hợp với
            """)
    void readsOnOnlyWhereTheTitleWasVisiblyCut(String heading, String expected) {
        assertEquals(expected, kindText(heading.replace("\\n", "\n")));
    }

    @Test
    void theTitleStaysCutAndTheKindReadsTheWholePhrase() {
        String text = "Chương I\nNHỮNG QUY ĐỊNH\nCHUNG\nĐiều 1. Phạm vi áp dụng\nQuy chế này áp dụng với cán bộ.\n"
                + "Chương II\nNHIỆM VỤ, GIẢI PHÁP\nTHỜI GIAN TỚI\n";
        List<Section> top = new SectionExtractor()
                .extract(new ParseContext(NormalizedText.of(text), ParseOptions.defaults()));
        assertEquals("NHỮNG QUY ĐỊNH", top.get(0).title());
        assertEquals(SectionKind.GENERAL, top.get(0).kind());
        assertEquals("NHIỆM VỤ, GIẢI PHÁP", top.get(1).title());
        assertEquals(SectionKind.DIRECTIONS, top.get(1).kind());
    }
}
