package dev.linkkeeper.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The five bundled lists (copies of config/lists in src/test/resources/lists), extracted whole.
 *
 * <p>How the expected numbers were derived, independently of the extractor:
 *
 * <ul>
 *   <li>No file has a code block or code span ({@code grep -n '`'} finds nothing), so every
 *       URL written counts.
 *   <li>{@code grep -o '](' | uniq -c}: course-materials 37, daily-llm 8, llm-learning-path 8,
 *       must-read 22. Reading them: course-materials line 145 holds the 3 relative links
 *       ({@code ./}, {@code 0-1-intro}, {@code 1-1-lm}), the other 34 are web; daily-llm line 3
 *       ({@code ./PREFACE.md}) and line 102 (the image) are relative, 6 are web; the 8 of
 *       llm-learning-path and the 22 of must-read are web (must-read line 63 is the malformed
 *       {@code [X] Ultralytics Serving](...)}, still inline). 5 relative places in all.
 *   <li>{@code grep -o 'https\?://'}: course-materials 35 (34 inline + line 87
 *       {@code Scrimba，https://...} bare), daily-llm 7 (6 inline + the {@code <a href>} of
 *       line 104), llm-learning-path 17 (8 inline + 9 bare on lines 36 40 42 50 54 56 58 66
 *       70), must-read 22, public-links 115 (all bare; lines 245 and 354 hold 2 and 3 URLs
 *       glued by {@code 、} and {@code ，}). 196 web places.
 *   <li>{@code grep -ohP 'https?://[^\s)\]>"、，。；：！？（）【】《》「」]+' | sed 's/#.*$//' | sort -u}:
 *       193 distinct web URLs; {@code uniq -d} shows the three written twice: arxiv 1706.03762
 *       and 1810.04805 (daily-llm inline, llm-learning-path bare) and
 *       platform.openai.com/docs/introduction (must-read lines 21 and 60).
 *   <li>Missing: {@code [pptx] [pdf]} on 9 lines of course-materials (97 98 100 102 104 106 108
 *       111 113): 2 links, 18 places. Bare titles: daily-llm items 4-10 (7 quoted titles),
 *       course-materials textbooks on lines 119 120 123 124 127 128 129 (7 citations),
 *       public-links 8 "Gartner | ..." lines 509-523 (odd lines; line 523 has no final
 *       newline, so {@code cat -n | sed -n ,522p} hides it): 22 titles, all different.
 *   <li>Kinds go by the first place written; files are read in sorted order
 *       (course-materials, daily-llm, llm-learning-path, must-read, public-links), so the two
 *       arxiv links are inline (daily-llm before llm-learning-path). inline = 34 + 6 + 8 + 21
 *       (must-read 22 minus the repeated one) = 69 links with 72 places (two arxiv links have 2,
 *       the openai one 2); bare = 1 + 7 (9 minus the 2 arxiv) + 115 = 123; html 1; relative 5;
 *       missing 2 + 22 = 24. 222 links, 196 + 5 + 40 = 241 places.
 *   <li>Hosts: the host column of the 193 distinct URLs, {@code sort | uniq -c}.
 *   <li>Positions: {@code line.find(url) + 1} in Python on the decoded line (code points); the
 *       UTF-16 and byte columns differ on the CJK lines (e.g. public-links 38: 8, 8, 18).
 * </ul>
 */
class GoldenListsTest {
  private static final String DIR = "src/test/resources/lists/";
  private static List<Link> links;

  @BeforeAll
  static void extractAll() {
    links = new Extractor().extract(ListFiles.expand(List.of(Path.of("src/test/resources/lists"))));
  }

  @Test
  void countsDistinctLinksAndPlacesPerKind() {
    assertThat(links).hasSize(222);
    assertThat(links.stream().mapToInt(l -> l.sources().size()).sum()).isEqualTo(241);
    assertThat(countBy(l -> l.kind().id())).isEqualTo(Map.of(
        "inline", 69L, "bare", 123L, "html", 1L, "relative", 5L, "missing", 24L));
    assertThat(sourcesBy(l -> l.kind().id())).isEqualTo(Map.of(
        "inline", 72L, "bare", 123L, "html", 1L, "relative", 5L, "missing", 40L));
    assertThat(countBy(l -> l.target().id())).isEqualTo(Map.of("web", 193L, "file", 5L, "none", 24L));
  }

  @Test
  void countsDistinctLinksPerHost() {
    Map<String, Long> hosts = links.stream().filter(l -> l.target() == Target.WEB)
        .collect(Collectors.groupingBy(l -> l.url().replaceFirst("^https?://([^/]+).*$", "$1"), TreeMap::new, Collectors.counting()));
    assertThat(hosts).hasSize(61);
    assertThat(hosts).containsEntry("zhuanlan.zhihu.com", 68L)
        .containsEntry("mp.weixin.qq.com", 14L)
        .containsEntry("blog.csdn.net", 14L)
        .containsEntry("github.com", 13L)
        .containsEntry("www.youtube.com", 5L)
        .containsEntry("youtu.be", 4L)
        .containsEntry("web.stanford.edu", 4L)
        .containsEntry("arxiv.org", 4L)
        .containsEntry("www.bilibili.com", 3L)
        .containsEntry("self-supervised.cs.jhu.edu", 3L)
        .containsEntry("www.zhihu.com", 2L)
        .containsEntry("jalammar.github.io", 1L);
  }

  @Test
  void mergesTheUrlsWrittenTwice() {
    assertThat(link("https://arxiv.org/abs/1706.03762").sources())
        .extracting(Source::file, Source::line, Source::column)
        .containsExactly(tuple(DIR + "daily-llm.md", 28, 59), tuple(DIR + "llm-learning-path.md", 50, 1));
    assertThat(link("https://platform.openai.com/docs/introduction").sources())
        .extracting(Source::line).containsExactly(21, 60);
  }

  @Test
  void placesLinksAtTheirUrlsFirstCharacterCountingCodePoints() {
    assertPlace("https://mp.weixin.qq.com/s/3w5zgnMXe13mKIR_ePBwAw", "must-read.md", 10, 41);
    assertPlace("https://github.com/gouchicao/ultralytics-serving", "must-read.md", 63, 30);
    assertPlace("https://arxiv.org/abs/2305.13230", "must-read.md", 16, 82);
    assertPlace(DIR + "PREFACE.md", "daily-llm.md", 3, 12);
    assertPlace(DIR + "picture/generative-AI-in-a-nutshell.png", "daily-llm.md", 102, 36);
    assertPlace("https://www.youtube.com/watch?v=2IK3DFHRFfw", "daily-llm.md", 104, 28);
    assertPlace("https://blog.csdn.net/qq_32275289/article/details/124377578", "public-links.md", 38, 8);
    assertPlace("https://amitness.com/2020/05/data-augmentation-for-nlp/", "public-links.md", 245, 42);
    assertPlace("https://zhuanlan.zhihu.com/p/45131536", "public-links.md", 354, 107);
    assertPlace("https://zh.wikipedia.org/wiki/%E8%AF%AF%E5%B7%AE%E5%87%BD%E6%95%B0", "public-links.md", 444, 3);
    assertPlace("https://www.coursera.org/specializations/ai-engineering", "course-materials.md", 87, 11);
    assertPlace("src/test/resources/lists", "course-materials.md", 145, 11);
    assertPlace(DIR + "0-1-intro", "course-materials.md", 145, 28);
    assertPlace("https://github.com/rasbt/machine-learning-book/tree/main/ch16", "llm-learning-path.md", 24, 140);
    assertPlace("https://zhuanlan.zhihu.com/p/37212011", "llm-learning-path.md", 40, 1);
  }

  @Test
  void placesMissingLinksAtTheirLabelOrTitle() {
    assertThat(missing("pptx").sources()).extracting(Source::line)
        .containsExactly(97, 98, 100, 102, 104, 106, 108, 111, 113);
    assertThat(missing("pdf").sources().get(8)).extracting(Source::line, Source::column).containsExactly(113, 19);
    assertThat(missing("pptx").sources().get(0)).extracting(Source::line, Source::column).containsExactly(97, 29);
    assertThat(missing("Language Models are Unsupervised Multitask Learners").sources().get(0))
        .extracting(Source::file, Source::line, Source::column).containsExactly(DIR + "daily-llm.md", 40, 5);
    assertThat(missing("ALBERT: A Lite BERT for Self-supervised Learning of Language Representations").sources().get(0))
        .extracting(Source::line, Source::column).containsExactly(60, 6);
    assertThat(missing("How to Choose an Approach for Deploying Generative AI").sources().get(0))
        .extracting(Source::line, Source::column).containsExactly(509, 9);
    assertThat(missing("Hype Cycle for Generative AI, 2023").sources().get(0))
        .extracting(Source::line, Source::column).containsExactly(523, 11);
    assertThat(missing("Natural Language Processing").sources().get(0))
        .extracting(Source::line, Source::column).containsExactly(123, 21);
  }

  @Test
  void findsEveryQuotedPaperTitleOfDailyLlmChapterOne() {
    assertThat(links).filteredOn(l -> "no link".equals(l.problem()))
        .filteredOn(l -> l.sources().get(0).file().endsWith("daily-llm.md"))
        .extracting(l -> l.sources().get(0).text())
        .containsExactly(
            "Language Models are Unsupervised Multitask Learners",
            "Scaling Laws for Neural Language Models",
            "Improving Language Understanding by Generative Pre-Training",
            "GPT-3: Language Models are Few-Shot Learners",
            "T5: Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer",
            "ALBERT: A Lite BERT for Self-supervised Learning of Language Representations",
            "XLNet: Generalized Autoregressive Pretraining for Language Understanding");
  }

  @Test
  void findsTextbookAndReportTitlesButNoProse() {
    assertThat(links).filteredOn(l -> "no link".equals(l.problem()))
        .extracting(l -> l.sources().get(0).line() + " " + l.sources().get(0).text())
        .contains(
            "119 Natural Language Processing with PyTorch",
            "127 Deep Learning",
            "129 Neural Networks and Deep Learning",
            "513 Hype Cycle for Data Science and Machine Learning, 2023",
            "519 AI Design Patterns for Knowledge Graphs and Generative AI")
        .hasSize(22);
  }

  @Test
  void relativeLinksResolveAgainstTheListDirectory() {
    Link index = link("src/test/resources/lists");
    assertThat(index.kind()).isEqualTo(LinkKind.RELATIVE);
    assertThat(index.target()).isEqualTo(Target.FILE);
    assertThat(index.raw()).isEqualTo("./");
    assertThat(index.exists()).isTrue();
    assertThat(link(DIR + "0-1-intro").exists()).isFalse();
    assertThat(link(DIR + "PREFACE.md").exists()).isFalse();
  }

  @Test
  void bareUrlsTakeTheirTitleLineAsText() {
    assertThat(link("https://zhuanlan.zhihu.com/p/425232454").sources().get(0).text()).isEqualTo("一图看懂ONNX模型格式");
    assertThat(link("https://blog.csdn.net/qq_32275289/article/details/124377578").sources().get(0).text()).isEqualTo("中文地址");
    assertThat(link("https://amitness.com/2020/05/data-augmentation-for-nlp/").sources().get(0).text()).isEqualTo("一文了解NLP中的数据增强方法");
    assertThat(link("https://zhuanlan.zhihu.com/p/74874291").sources().get(0).text()).isEqualTo("LR推导及损失函数");
    assertThat(link("https://blog.51cto.com/u_15995006/6109244").sources().get(0).text()).isEqualTo("逻辑解析");
  }

  @Test
  void keepsTheFragmentInRawOnly() {
    Link wiki = link("https://en.wikipedia.org/wiki/Safety_stock?spm=ata.13261165.0.0.602572d2HYbJ36");
    assertThat(wiki.raw()).endsWith("#cite_note-9");
  }

  private static Map<String, Long> countBy(Function<Link, String> key) {
    return links.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
  }

  private static Map<String, Long> sourcesBy(Function<Link, String> key) {
    return links.stream().collect(Collectors.groupingBy(key, Collectors.summingLong(l -> l.sources().size())));
  }

  private static Link link(String url) {
    return links.stream().filter(l -> url.equals(l.url())).findFirst().orElseThrow(() -> new AssertionError("no link " + url));
  }

  private static Link missing(String text) {
    return links.stream().filter(l -> l.kind() == LinkKind.MISSING && l.sources().get(0).text().equals(text))
        .findFirst().orElseThrow(() -> new AssertionError("no missing link " + text));
  }

  private static void assertPlace(String url, String file, int line, int column) {
    assertThat(link(url).sources())
        .extracting(Source::file, Source::line, Source::column)
        .contains(tuple(DIR + file, line, column));
  }
}
