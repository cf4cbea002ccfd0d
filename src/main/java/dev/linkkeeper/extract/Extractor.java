package dev.linkkeeper.extract;

import dev.linkkeeper.config.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads list files and returns their links, merged: the same normalized URL written in
 * several places is one {@link Link} with several {@link Source}s, in first-seen order.
 *
 * <p>Positions: {@code line} and {@code column} are 1-based; columns count Unicode code
 * points (an emoji is one column, a tab is one). A link's position is its URL's first
 * character (inside {@code <...>} for autolinks, inside the quotes for HTML attributes, at the
 * {@code [ref]: url} definition for reference links); a missing link's is the first character
 * of its label or title, or for {@code [text]()} the {@code [}. Front matter, code blocks and code spans hold no links.
 *
 * <p>See {@link TextScanner} for undefined references and bare URLs, {@link BareUrls} for
 * where a bare URL ends, {@link BareTitles} for titles listed without a link,
 * {@link LinkFactory} for relative paths and {@link UrlNormalizer} for URL normalization.
 */
public final class Extractor {
  /** The largest list read: far above any real reading list (the bundled ones are under 100 KB). */
  static final int MAX_LIST_BYTES = 64 * 1024 * 1024;

  /** The links of the given files (see {@link ListFiles#expand}), merged across files. */
  public List<Link> extract(List<Path> files) {
    List<Link> all = new ArrayList<>();
    for (Path file : files) {
      Path tidy = file.normalize();
      Path dir = tidy.getParent() == null ? Path.of("") : tidy.getParent();
      all.addAll(extractText(label(tidy), dir, Utf8.decode(label(tidy), read(file))));
    }
    return LinkMerger.merge(all);
  }

  /**
   * The links of one markdown text; never throws. Sources are labelled {@code fileLabel};
   * relative paths are resolved against {@code baseDir} and looked up on disk.
   */
  public List<Link> extractText(String fileLabel, Path baseDir, String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    SourceText src = new SourceText(FrontMatter.blank(body));
    LinkFactory factory = new LinkFactory(fileLabel, baseDir == null ? Path.of("") : baseDir, src);
    List<Link> links = new ArrayList<>();
    for (Found found : MarkdownLinks.find(src)) {
      links.add(factory.create(found));
    }
    return LinkMerger.merge(links);
  }

  private static String label(Path file) {
    return file.toString().replace(java.io.File.separatorChar, '/');
  }

  /**
   * The bytes of a list, at most {@link #MAX_LIST_BYTES}: a path such as {@code /dev/zero} or a
   * runaway generated file must not read until memory runs out. Pipes ({@code /dev/stdin}) work.
   */
  private static byte[] read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(MAX_LIST_BYTES + 1);
      if (bytes.length > MAX_LIST_BYTES) {
        throw new ConfigException(file + ": over " + MAX_LIST_BYTES / (1024 * 1024) + " MiB, too large for a markdown list");
      }
      return bytes;
    } catch (NoSuchFileException e) {
      throw new ConfigException(file + ": no such file");
    } catch (AccessDeniedException e) {
      throw new ConfigException(file + ": cannot read (permission denied)");
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read (" + e.getMessage() + ")");
    }
  }
}
