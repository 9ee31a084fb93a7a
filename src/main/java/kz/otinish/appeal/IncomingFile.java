package kz.otinish.appeal;

/** A file as a channel received it: the name the sender gave and the bytes. */
public record IncomingFile(String originalName, byte[] content) {

	public IncomingFile {
		content = content.clone();
	}

	@Override
	public byte[] content() {
		return this.content.clone();
	}

}
