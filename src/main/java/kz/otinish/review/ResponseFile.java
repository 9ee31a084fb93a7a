package kz.otinish.review;

/** A response's file. */
public record ResponseFile(String fileName, String contentType, byte[] content) {
}
