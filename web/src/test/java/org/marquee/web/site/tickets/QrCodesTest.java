package org.marquee.web.site.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodesTest {

  @Test
  void aScannerReadsTheTicketCodeBackFromThePng() throws Exception {
    String code = "q8Zf3kP0_vX2mNcA7tYh1LwE9sRb";
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(code, 240)));
    assertEquals(240, image.getWidth());
    int[] pixels =
        image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
    String read =
        new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    assertEquals(code, read);
  }
}
