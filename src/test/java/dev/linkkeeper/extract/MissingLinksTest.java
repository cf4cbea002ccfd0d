package dev.linkkeeper.extract;

import static dev.linkkeeper.extract.Md.links;
import static dev.linkkeeper.extract.Md.only;
import static dev.linkkeeper.extract.Md.place;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class MissingLinksTest {
  @Test
  void undefinedShortcutReferencesAreMissingLinksMergedByLabel() {
    String md = "  - 2:\tRegular Expressions\n    - 2: Text Processing - [pptx] [pdf]\n    - 3: [pptx] [pdf]\n";
    assertThat(links(md)).extracting(Link::kind, Link::url, Link::target, Link::problem, l -> place(l).text(), l -> l.sources().size())
        .containsExactly(
            tuple(LinkKind.MISSING, null, Target.NONE, "undefined reference", "pptx", 2),
            tuple(LinkKind.MISSING, null, Target.NONE, "undefined reference", "pdf", 2));
    assertThat(links(md).get(0).sources()).extracting(Source::line, Source::column).containsExactly(tuple(2, 29), tuple(3, 11));
  }

  @Test
  void undefinedFullAndCollapsedReferencesAreMissing() {
    assertThat(links("See [the slides][slides2024] and [Notes][].\n"))
        .extracting(l -> place(l).text(), l -> place(l).column())
        .containsExactly(tuple("slides2024", 18), tuple("Notes", 35));
  }

  @Test
  void taskBoxesAreNeverReferences() {
    String md = "- [X] [title](https://t.example)\n- [ ] [todo](https://u.example)\n- [x] ChatGLM-6B 模型微调\n  * [ ] 开发使用 pip 安装\n";
    assertThat(links(md)).extracting(Link::kind).containsOnly(LinkKind.INLINE).hasSize(2);
  }

  @Test
  void bracketsInProseAreNotReferences() {
    String md = "ONNX是什么?怎么用?[简明解读版]\n\n[论文阅读]DeepViT: Towards Deeper\n\nmatrix[i][j] and a[0] and see [1] and [a long note with words]\n\n\\[pdf\\]\n";
    assertThat(links(md)).isEmpty();
  }

  @Test
  void quotedTitleInAListItemWithoutLinkIsMissing() {
    String md = "4. \"Language Models are Unsupervised Multitask Learners\" by Radford et al. (OpenAI, 2019)\n\n"
        + "    继GPT之后介绍了GPT-2模型。\n\n"
        + "5. “Scaling Laws for Neural Language Models” by Kaplan et al.\n";
    assertThat(links(md)).extracting(Link::kind, Link::problem, l -> place(l).text(), l -> place(l).line(), l -> place(l).column())
        .containsExactly(
            tuple(LinkKind.MISSING, "no link", "Language Models are Unsupervised Multitask Learners", 1, 5),
            tuple(LinkKind.MISSING, "no link", "Scaling Laws for Neural Language Models", 5, 5));
  }

  @Test
  void quotedTitleWithALinkAnywhereInItsItemIsNotMissing() {
    assertThat(links("1. \"Attention Is All You Need\" by Vaswani\n\n   paper: https://arxiv.org/abs/1706.03762\n"))
        .extracting(Link::kind).containsExactly(LinkKind.BARE);
  }

  @Test
  void bookCitationsWithoutLinkAreMissingTitles() {
    String md = "- Delip Rao and Brian McMahan. Natural Language Processing with PyTorch (requires Stanford login).\n"
        + "- Lewis Tunstall, Leandro von Werra, and Thomas Wolf. Natural Language Processing with Transformers\n"
        + "- Michael A. Nielsen. Neural Networks and Deep Learning\n";
    assertThat(links(md)).extracting(l -> place(l).text(), l -> place(l).column())
        .containsExactly(
            tuple("Natural Language Processing with PyTorch", 32),
            tuple("Natural Language Processing with Transformers", 55),
            tuple("Neural Networks and Deep Learning", 23));
  }

  @Test
  void reportCitationsKeepTheEnglishTitle() {
    String md = "Gartner｜How to Choose an Approach for Deploying Generative AI\u3000如何选择生成式AI的部署方法\n\n"
        + "Gartner | Hype Cycle for Data Science and Machine Learning, 2023 2023年数据科学和机器学习的Gartner技术成熟度曲线\n\n"
        + "Gartner | AI Design Patterns for Knowledge Graphs and Generative AI——知识图谱和生成式AI的设计模式\n";
    assertThat(links(md)).extracting(l -> place(l).text(), l -> place(l).line(), l -> place(l).column())
        .containsExactly(
            tuple("How to Choose an Approach for Deploying Generative AI", 1, 9),
            tuple("Hype Cycle for Data Science and Machine Learning, 2023", 3, 11),
            tuple("AI Design Patterns for Knowledge Graphs and Generative AI", 5, 11));
  }

  @Test
  void proseTaskItemsSyllabusAndCaptionsAreNotTitles() {
    String md = "- [X] ChatGLM-6B 模型微调\n"
        + "  1. Efficient modeling (PEFT)\n"
        + "    - Chapter 01 Bigram Language Model (language modeling)\n"
        + "  - LLM Fundamentals covers essential knowledge about mathematics, Python, and neural networks.\n"
        + "  * 预训练模型（Pre-trained Model）：指在大规模的数据集上。\n\n"
        + "KDD'22 | 基于显著性正则化的多任务学习：\n\n"
        + "Name | Value\n\n"
        + "Note. This is prose.\n";
    assertThat(links(md)).isEmpty();
  }

  @Test
  void aTitleWithALinkBelowIsACaptionNotAMissingLink() {
    String md = "Gartner | Hype Cycle for Artificial Intelligence, 2023：\n- https://gartner.example/hype\n";
    assertThat(links(md)).extracting(Link::kind).containsExactly(LinkKind.BARE);
  }

  @Test
  void identicalTitlesMergeIntoOneMissingLink() {
    Link link = only("- \"Deep Residual Learning\" by He\n\n---\n\n- \"Deep Residual Learning\" by He et al.\n");
    assertThat(link.sources()).extracting(Source::line).containsExactly(1, 5);
  }
}
