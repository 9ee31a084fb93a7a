/**
 * PDF documents: the Appendix 1/2 forms (filled and blank), the registration receipt with
 * its QR code, the DL-3 return letter, the INT-4 forwarding letter and the journal print.
 * Issued documents (receipt, letters) are stored once with their SHA-256 and the data
 * they were made from, and served byte for byte afterwards.
 */
@NullMarked
package kz.otinish.documents;

import org.jspecify.annotations.NullMarked;
