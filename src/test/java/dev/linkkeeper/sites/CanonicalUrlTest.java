package dev.linkkeeper.sites;

import dev.linkkeeper.testing.FakeTime;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linkkeeper.config.Config;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CanonicalUrlTest {
  private final SiteRouter router = Sites.defaultRouter(Config.defaults().sites(), Map.of(), new FakeTime(), new FakeTime());

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      https://arxiv.org/pdf/1706.03762                                          | https://arxiv.org/abs/1706.03762
      https://arxiv.org/pdf/1706.03762.pdf                                      | https://arxiv.org/abs/1706.03762
      https://arxiv.org/pdf/1706.03762v5.pdf                                    | https://arxiv.org/abs/1706.03762v5
      http://export.arxiv.org/abs/cs/0112017v2                                  | https://arxiv.org/abs/cs/0112017v2
      https://arxiv.org/html/2305.13230v2/                                      | https://arxiv.org/abs/2305.13230v2
      https://www.arxiv.org/abs/1810.04805?context=cs                           | https://arxiv.org/abs/1810.04805
      https://youtu.be/2IK3DFHRFfw                                              | https://www.youtube.com/watch?v=2IK3DFHRFfw
      https://youtu.be/2IK3DFHRFfw?si=Ab12Cd34                                  | https://www.youtube.com/watch?v=2IK3DFHRFfw
      https://m.youtube.com/watch?v=YrBJiy-V8MY&feature=share&t=42              | https://www.youtube.com/watch?v=YrBJiy-V8MY
      https://www.youtube.com/shorts/abcdefghijk                                | https://www.youtube.com/watch?v=abcdefghijk
      https://www.youtube.com/embed/sh79Z8i15PI?start=10                        | https://www.youtube.com/watch?v=sh79Z8i15PI
      https://www.youtube.com/playlist?list=PLAqhIrjkxbuWI23v9cThsA9GvCAUhRvKZ&si=x | https://www.youtube.com/playlist?list=PLAqhIrjkxbuWI23v9cThsA9GvCAUhRvKZ
      https://www.youtube.com/@AndrejKarpathy?si=abc                            | https://www.youtube.com/@AndrejKarpathy
      https://www.youtube.com/results?search_query=Andrej+Karpathy              | https://www.youtube.com/results?search_query=Andrej+Karpathy
      https://www.bilibili.com/video/BV1C3411s7t9/?spm_id_from=333.999.0.0&vd_source=a72c6890 | https://www.bilibili.com/video/BV1C3411s7t9
      https://m.bilibili.com/video/BV11G411X7nZ?share_source=copy_web&from=search | https://www.bilibili.com/video/BV11G411X7nZ
      https://www.bilibili.com/video/BV1BJ4m1e7g8?p=3&share_medium=android       | https://www.bilibili.com/video/BV1BJ4m1e7g8?p=3
      https://www.bilibili.com/video/av170001?p=1                               | https://www.bilibili.com/video/av170001
      https://space.bilibili.com/3295911?spm_id_from=333.788                     | https://space.bilibili.com/3295911
      https://zhuanlan.zhihu.com/p/606364639?utm_source=wechat_session&utm_medium=social | https://zhuanlan.zhihu.com/p/606364639
      https://www.zhihu.com/question/50043438?sort=created                      | https://www.zhihu.com/question/50043438?sort=created
      https://zhihu.com/question/596230048/answer/1?utm_psn=1&share_code=abc    | https://www.zhihu.com/question/596230048/answer/1
      https://mp.weixin.qq.com/s/f1s-VzPU2F8I5O--GNc2pg?scene=21#wechat_redirect | https://mp.weixin.qq.com/s/f1s-VzPU2F8I5O--GNc2pg
      http://mp.weixin.qq.com/s?__biz=MzA3&mid=265&idx=1&sn=abc&chksm=x&scene=21#rd | https://mp.weixin.qq.com/s?__biz=MzA3&mid=265&idx=1&sn=abc
      https://github.com/openai/openai-cookbook/                                | https://github.com/openai/openai-cookbook
      https://www.github.com/karpathy/nanoGPT.git                               | https://github.com/karpathy/nanoGPT
      https://github.com/karpathy/nanoGPT.git.git                               | https://github.com/karpathy/nanoGPT
      https://github.com/yandexdataschool/nlp_course/tree/2023/?utm_source=x    | https://github.com/yandexdataschool/nlp_course/tree/2023/
      https://en.wikipedia.org/wiki/Safety_stock?spm=ata.13261165.0.0.602572d2HYbJ36#cite_note-9 | https://en.wikipedia.org/wiki/Safety_stock#cite_note-9
      https://blog.csdn.net/u011508640/article/details/72815981?utm_medium=distribute.pc_relevant&spm=1001.2101 | https://blog.csdn.net/u011508640/article/details/72815981
      https://build.microsoft.com/en-US/sessions/db3f?source=sessions           | https://build.microsoft.com/en-US/sessions/db3f?source=sessions
      https://example.com/a?from=timeline&id=7&fbclid=IwAR                      | https://example.com/a?id=7
      """)
  void canonicalFormDropsTrackingAndExpandsShortForms(String url, String canonical) {
    assertThat(router.route(url).canonical(url)).isEqualTo(canonical);
  }
}
