package org.outagedesk.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ImageSnifferTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    @Test
    void recognisesTheFourImageFormatsByTheirFirstBytes() {
        assertThat(ImageSniffer.contentType(PNG)).contains("image/png");
        assertThat(ImageSniffer.contentType(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .contains("image/jpeg");
        assertThat(ImageSniffer.contentType("GIF89a....".getBytes(StandardCharsets.US_ASCII))).contains("image/gif");
        assertThat(ImageSniffer.contentType("GIF87a....".getBytes(StandardCharsets.US_ASCII))).contains("image/gif");
        assertThat(ImageSniffer.contentType("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII)))
                .contains("image/webp");
    }

    @Test
    void refusesEverythingElseWhateverItIsCalled() {
        assertThat(ImageSniffer.contentType("<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(ImageSniffer.contentType("%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(ImageSniffer.contentType("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(ImageSniffer.contentType(new byte[] {(byte) 0x89, 'P'})).isEmpty();
        assertThat(ImageSniffer.contentType(new byte[0])).isEmpty();
        assertThat(ImageSniffer.contentType(null)).isEmpty();
    }
}
