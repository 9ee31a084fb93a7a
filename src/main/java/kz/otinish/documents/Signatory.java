package kz.otinish.documents;

/**
 * A person as a document prints them: full name and position (already in the document's
 * language), e.g. "Ғалия Өмірқызы Үсенова", "Медицина мектебінің деканы".
 */
public record Signatory(String name, String position) {
}
