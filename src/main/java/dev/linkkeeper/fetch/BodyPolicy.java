package dev.linkkeeper.fetch;

/** Whether a fetch reads the response body. */
public enum BodyPolicy {
  /** Read the body only for textual types (HTML, XML, JSON, text); close others after headers. */
  TEXT_ONLY,
  /** Always read the body (up to the size cap): API calls. */
  ALWAYS,
  /** Never read the body. */
  NEVER
}
