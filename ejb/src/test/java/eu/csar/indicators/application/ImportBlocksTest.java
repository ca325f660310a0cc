package eu.csar.indicators.application;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ImportBlocksTest {

    static List<ImportBlocks.Block> split(String text, int perBlock) throws Exception {
        List<ImportBlocks.Block> blocks = new ArrayList<>();
        int lines = ImportBlocks.split(new BufferedReader(new StringReader(text)), perBlock, blocks::add);
        assertEquals(blocks.stream().mapToInt(b -> b.lines().size()).sum(), lines);
        return blocks;
    }

    @Test
    void blocksNumberTheirFirstLineAndKeepEveryLineOnce() throws Exception {
        List<ImportBlocks.Block> blocks = split("a\nb\r\nc\nd\ne\n", 2);
        assertEquals(3, blocks.size());
        assertEquals(new ImportBlocks.Block(0, 1, List.of("a", "b")), blocks.get(0));
        assertEquals(new ImportBlocks.Block(1, 3, List.of("c", "d")), blocks.get(1));
        assertEquals(new ImportBlocks.Block(2, 5, List.of("e")), blocks.get(2));
        assertEquals("c\nd", blocks.get(1).content());
    }

    @Test
    void anExactMultipleLeavesNoEmptyBlockAndAnEmptyFileNone() throws Exception {
        assertEquals(2, split("a\nb\nc\nd", 2).size());
        assertEquals(0, split("", 2).size());
    }

    @Test
    void blankLinesKeepTheirNumbersAndNulIsReplaced() throws Exception {
        List<ImportBlocks.Block> blocks = split("a\n\n\nb\u0000c\n", 10);
        assertEquals(List.of("a", "", "", "b\uFFFDc"), blocks.get(0).lines());
        String content = blocks.get(0).content();
        assertArrayEquals(new String[] {"a", "", "", "b\uFFFDc"}, ImportBlocks.lines(content, 4));
    }

    @Test
    void storedBlockLinesRoundTripIncludingTrailingEmptyLines() {
        assertArrayEquals(new String[] {"x", "", ""}, ImportBlocks.lines("x\n\n", 3));
        assertArrayEquals(new String[] {"", ""}, ImportBlocks.lines("\n", 2));
        assertArrayEquals(new String[] {"only"}, ImportBlocks.lines("only", 1));
        assertArrayEquals(new String[] {"a", ""}, ImportBlocks.lines("a", 2));
    }
}
