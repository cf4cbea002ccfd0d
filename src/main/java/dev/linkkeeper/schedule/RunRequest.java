package dev.linkkeeper.schedule;

import java.util.Arrays;
import java.util.List;
import org.quartz.JobDataMap;

/**
 * What one fire of the check job asks for, carried in its trigger's data as plain strings
 * (the JDBC job store keeps them as properties, not serialized Java objects).
 *
 * @param origin the schedule's name ({@code nightly}, {@code recheck-failing}) or {@code api}
 * @param lists the lists to check, empty for the config's
 * @param onlyFailing recheck only the links whose last check failed
 */
public record RunRequest(String origin, List<String> lists, boolean onlyFailing) {
  static final String ORIGIN = "origin";
  static final String LISTS = "lists";
  static final String ONLY_FAILING = "only_failing";

  public RunRequest {
    lists = List.copyOf(lists);
  }

  JobDataMap toData() {
    JobDataMap data = new JobDataMap();
    data.put(ORIGIN, origin);
    data.put(LISTS, String.join("\n", lists));
    data.put(ONLY_FAILING, Boolean.toString(onlyFailing));
    return data;
  }

  static RunRequest from(JobDataMap data) {
    String origin = data.containsKey(ORIGIN) ? data.getString(ORIGIN) : "unknown";
    String lists = data.containsKey(LISTS) ? data.getString(LISTS) : "";
    List<String> parsed = lists.isEmpty() ? List.of() : Arrays.asList(lists.split("\n"));
    return new RunRequest(origin, parsed, data.containsKey(ONLY_FAILING) && "true".equals(data.getString(ONLY_FAILING)));
  }

  @Override
  public String toString() {
    return origin + (onlyFailing ? " (failing links only)" : lists.isEmpty() ? "" : " " + lists);
  }
}
