package org.marquee.media.boundary;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A stored poster or trailer as the web tier needs it to answer an HTTP request: where the bytes
 * are, what they are, and the validators ({@code Last-Modified}, {@code ETag}) that let browsers
 * and caches reuse what they already have.
 *
 * @param path the file holding the bytes; it is replaced atomically, never rewritten in place, so a
 *     channel opened on it keeps reading one consistent version
 * @param contentType the content type given when the file was stored
 * @param length the size in bytes
 * @param lastModified when this version was stored
 * @param etag a quoted strong entity tag, e.g. {@code "9f86d0..."}, that changes whenever the
 *     content does
 */
public record MediaFile(
    Path path, String contentType, long length, Instant lastModified, String etag) {}
